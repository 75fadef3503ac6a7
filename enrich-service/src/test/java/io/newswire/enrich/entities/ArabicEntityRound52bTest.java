package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 52b (issue 13, Arabic entities): titled three-word names before a mark. Sentences written for these tests. */
class ArabicEntityRound52bTest {
  @Test
  void aTitledNameTakesItsFamilyNameBeforeAMark() {
    List<Entity> es = run("ar", "ندوة",
        "ويشارك في الندوة الدكتور سالم حمدان قمحاوي، والدكتور عبدالوهاب راشد الكندري، ويديرها المهندس فواز عمر بامطرف.");
    assertTrue(typed(es, EntityType.PERSON, "سالم حمدان قمحاوي"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "عبدالوهاب راشد الكندري"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "فواز عمر بامطرف"), all(es));
  }

  @Test
  void anArticleNisbaAfterAnArticleWordToo() {
    List<Entity> es = run("ar", "ندوة", "ويدير الجلسة الدكتور ناصر العوفي الحربي ، وذلك في القاعة الكبرى.");
    assertTrue(typed(es, EntityType.PERSON, "ناصر العوفي الحربي"), all(es));
  }

  @Test
  void aVerbOrAGluedPrepositionBeforeTheMarkStaysOut() {
    List<Entity> es = run("ar", "ندوة",
        "وأشاد الدكتور سالم حمدان بالحضور، ثم قال المهندس فواز عمر يتحدث.");
    assertFalse(es.stream().anyMatch(e -> e.getMentions().stream().anyMatch(m -> {
      String t = m.getText().toString();
      return t.contains("بالحضور") || t.contains("يتحدث");
    })), all(es));
  }
}
