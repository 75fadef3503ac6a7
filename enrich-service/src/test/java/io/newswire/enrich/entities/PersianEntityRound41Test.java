package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 41 (Persian organisations): entities on sentences written for these tests. */
class PersianEntityRound41Test {

  private static boolean anyMentionHolds(List<Entity> es, String part) {
    for (Entity e : es) {
      for (String t : texts(e)) {
        if (t.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  // A body named by the bare word شهرستان or by a plural place noun is a kind of body, not one named body.

  @Test
  void bodyOfTheBareCountyIsNoName() {
    List<Entity> es = run("fa", "عنوان",
        "فرماندار در جلسه شورای اداری شهرستان از پیشرفت طرح‌های عمرانی سخن گفت.");
    assertFalse(anyMentionHolds(es, "شورای اداری"), all(es));
  }

  @Test
  void bodyOfEveryCountyIsNoName() {
    List<Entity> es = run("fa", "عنوان",
        "اعضای شوراهای آموزش و پرورش شهرستان‌ها هفته آینده در تهران گرد هم می‌آیند و شهرداری مراکز استان‌ها نیز دعوت شده‌اند.");
    assertFalse(anyMentionHolds(es, "شهرستان"), all(es));
    assertFalse(anyMentionHolds(es, "استان‌ها"), all(es));
  }

  @Test
  void countyNamedAfterTheBodyKeepsIt() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس اداره جهاد کشاورزی شهرستان سرخه از برداشت گندم در این منطقه خبر داد.");
    found(es, "اداره جهاد کشاورزی شهرستان سرخه", EntityType.ORGANIZATION);
  }

  // A head word and one word of its kind or level, nothing after, is a body of some kind, not a named one.

  @Test
  void committeeOfAKindIsNoName() {
    List<Entity> es = run("fa", "عنوان",
        "این بازیکن از سوی کمیته فنی به اردوی تیم ملی دعوت شد و نظر ستاد بحران نیز گرفته شد.");
    assertFalse(anyMentionHolds(es, "کمیته فنی"), all(es));
    assertFalse(anyMentionHolds(es, "ستاد بحران"), all(es));
  }

  @Test
  void centreOfAKindWithItsTownKeepsItsName() {
    List<Entity> es = run("fa", "عنوان",
        "کارشناسان مرکز بهداشت شهرستان فومن از روستاهای منطقه بازدید کردند.");
    found(es, "مرکز بهداشت شهرستان فومن", EntityType.ORGANIZATION);
  }

  @Test
  void quotedBodyOfAKindIsBeingNamed() {
    List<Entity> es = run("fa", "عنوان",
        "اعضای اتحادیه با تشکیل «شورای عالی» تازه موافقت کردند.");
    assertTrue(anyMentionHolds(es, "شورای عالی"), all(es));
  }

  @Test
  void shortFormOfANamedBodyStays() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس شورای مرکزی اتحادیه ناشران گفت: شورای مرکزی هفته آینده درباره نمایشگاه تصمیم می‌گیرد.");
    assertTrue(anyMentionIs(es, "شورای مرکزی"), all(es));
  }

  private static boolean anyMentionIs(List<Entity> es, String text) {
    for (Entity e : es) {
      if (texts(e).contains(text)) {
        return true;
      }
    }
    return false;
  }
}
