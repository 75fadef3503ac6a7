package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, round 45 (a Persian speaker's title): entities on sentences written for this test. */
class PersianEntityRound45Test {

  // PersianNameRecognizer: والمسلمین typed with a non-joiner after its و is still the title, not a person.

  @Test
  void walmuslimeenWithANonJoinerIsATitleNotAPerson() {
    List<Entity> es = run("fa", "عنوان",
        "حجت‌الاسلام و\u200cالمسلمین حسن کریمی در خطبه‌های نماز جمعه این هفته از مردم خواست در انتخابات شرکت کنند.");
    assertFalse(typed(es, EntityType.PERSON, "و\u200cالمسلمین"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "حسن کریمی"), all(es));
  }
}
