package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.EntityType;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 45 (Persian places): entities on sentences written for these tests. */
class PersianEntityRound45Test {

  // A small town named twice, once as در X closing a phrase, needs no place word.

  @Test
  void smallTownRepeatedAfterDarIsThePlace() {
    List<Entity> es = run("fa", "کاشت هزار اصله نهال در املش",
        "رئیس اداره منابع طبیعی از کاشت هزار اصله نهال در املش خبر داد.",
        "وی افزود: جنگل‌نشینان املش در این طرح همکاری کردند.");
    assertTrue(typed(es, EntityType.PLACE, "املش"), all(es));
  }

  @Test
  void smallTownNamedOnceWithoutCueIsLeftAlone() {
    List<Entity> es = run("fa", "عنوان",
        "جنگل‌نشینان املش در طرح کاشت نهال همکاری کردند.");
    assertFalse(typed(es, EntityType.PLACE, "املش"), all(es));
  }

  @Test
  void commonWordGoingOnIntoItsComplementIsNoTown() {
    List<Entity> es = run("fa", "عنوان",
        "بهسازی بافت روستا در دستور کار است.",
        "سند مالکیت خانه‌ها در بافت مسکونی روستا صادر می‌شود.");
    assertFalse(typed(es, EntityType.PLACE, "بافت"), all(es));
  }
}
