package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 53b (issue 13, Arabic entities): a listed given name right before a person mention opens it
 * (ArabicGivenNameBefore). Sentences written for these tests; the rule-only extractor finds no name the model drops,
 * so the opening itself is tested on givenBefore.
 */
class ArabicEntityRound53bTest {
  @Test
  void aChainOrANounBeforeANameStaysOut() {
    List<Entity> es = run("ar", "كتاب", "وكتب الباحث عن حياة ابن خلدون في تونس، وقال خليفة أوباما إن الاتفاق صامد.");
    assertTrue(typed(es, EntityType.PERSON, "ابن خلدون"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "أوباما"), all(es));
    assertFalse(es.stream().anyMatch(e -> e.getMentions().stream().anyMatch(m -> {
      String t = m.getText().toString();
      return t.contains("حياة") || t.contains("خليفة");
    })), all(es));
  }

  @Test
  void theGivenNameIsAWholeWordAfterItsConjunction() {
    String d = "ناصر الدوسري وسلطان الشمراني";
    int surname = d.indexOf("الشمراني");
    assertEquals(d.indexOf("سلطان"), ArabicGivenNameBefore.givenBefore(d, surname));
    assertEquals(-1, ArabicGivenNameBefore.givenBefore("عن حياة الشاعر", 8));
    String headline = "أنا أبو عمر الحمداني";
    assertEquals(-1, ArabicGivenNameBefore.givenBefore(headline, headline.indexOf("أبو")));
  }
}
