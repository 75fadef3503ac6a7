package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 50c: a small town named once as در X before a reporting verb or a parenthesis is a place. */
class PersianReportedFromTownTest {

  @Test
  void smallTownBeforeAReportingVerbIsThePlace() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس، مسابقات قرآن کریم دانش‌آموزان دختر در ملارد برگزار شد و برگزیدگان معرفی شدند.");
    assertTrue(typed(es, EntityType.PLACE, "ملارد"), all(es));
  }

  @Test
  void smallTownBeforeAParenthesisIsThePlace() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس، بازارچه تازه‌ای در جلفا (مرز آذربایجان) برای صادرات میوه گشایش یافت.");
    assertTrue(typed(es, EntityType.PLACE, "جلفا"), all(es));
  }

  @Test
  void commonWordGoingOnIntoItsComplementStaysOut() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس، کارهای بازسازی در قنوات استان با اعتبار تازه انجام می‌شود.");
    assertFalse(typed(es, EntityType.PLACE, "قنوات"), all(es));
  }
}
