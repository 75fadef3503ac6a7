package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
