package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 36 (Persian): entities on sentences written for these tests. */
class PersianEntityRound36Test {

  // OrganisationRepeats: a body found by a cue is the same body where its words recur, closed, with no cue.

  @Test
  void customsOfficeFoundAfterItsDirectorRepeatsWithoutHim() {
    List<Entity> es = run("fa", "عنوان", "مدیرکل گمرک بوشهر گفت: امسال صادرات افزایش یافت.",
        "وی افزود: کالاهای توقیف شده در گمرک بوشهر، نگهداری می‌شوند و پرونده‌های گمرک بوشهر به دادگاه می‌رود.");
    assertEquals(3, mentionsOf(es, EntityType.ORGANIZATION, "گمرک بوشهر"), all(es));
  }

  @Test
  void aBodyDescribedAfterADeterminerIsNotARepeat() {
    List<Entity> es = run("fa", "عنوان", "مدیرکل گمرک بوشهر گفت: صادرات افزایش یافت.",
        "به گفته وی یک گمرک بوشهر دیگر هم لازم است.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "گمرک بوشهر"), all(es));
  }

  @Test
  void aRepeatThatGoesOnIntoALongerNameIsLeft() {
    // round 36b made گمرک a head of its own, so the repeat is shown with a field found only after مدیرکل
    List<Entity> es = run("fa", "عنوان", "مدیرکل هواشناسی بوشهر گفت: بارش‌ها افزایش یافت.",
        "هواشناسی بوشهر جنوبی نیز فعال است.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "هواشناسی بوشهر"), all(es));
  }

  // PersianNameRecognizer: up to three words after a head, whether the head is one word or two.

  @Test
  void twoWordHeadTakesThreeWordsAfterIt() {
    List<Entity> es = run("fa", "عنوان", "به گزارش روابط عمومی اداره کل حفاظت محیط زیست استان زنجان، شکار در این منطقه ممنوع است.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "اداره کل حفاظت محیط زیست استان زنجان"), all(es));
  }
}
