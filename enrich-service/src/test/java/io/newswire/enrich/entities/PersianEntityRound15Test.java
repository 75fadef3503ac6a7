package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 15 (Persian), on sentences written for these tests. */
class PersianEntityRound15Test {
  @Test
  void anIranianTownNeedsNoCueInADispatchOfAnIranianAgency() {
    List<Entity> es = run("fa", "عنوان",
        "خبرگزاری فارس: ساختمان جدید بیمارستان آموزشی زنجان تا پایان سال آماده می‌شود.",
        "دانشجویان زیادی از قم و یاسوج برای دیدن این طرح آمدند.");
    for (String town : List.of("زنجان", "قم", "یاسوج")) {
      Entity e = mentioned(es, town);
      assertNotNull(e, town + ": " + all(es));
      assertEquals(EntityType.PLACE, e.getType());
    }
    assertEquals("Qom", mentioned(es, "قم").getName());
  }

  @Test
  void withoutAnIranianAgencyAMinorTownStillNeedsACue() {
    List<Entity> es = run("fa", "عنوان",
        "ساختمان جدید بیمارستان آموزشی زنجان تا پایان سال آماده می‌شود.",
        "دانشجویان زیادی برای دیدن این طرح آمدند.");
    assertNull(mentioned(es, "زنجان"), all(es));
  }

  @Test
  void aTownNamedLikeACommonWordIsNotVouchedForByTheAgency() {
    List<Entity> es = run("fa", "عنوان",
        "خبرگزاری فارس: نخستین جلسه از سلسله نشست‌های مدیران امروز برگزار شد.",
        "فیلم در پردیس سینمایی شهر به نمایش درآمد و مردم روی پشت بام ایستادند.");
    assertNull(mentioned(es, "سلسله"), all(es));
    assertNull(mentioned(es, "پردیس"), all(es));
    assertNull(mentioned(es, "بام"), all(es));
  }
}
