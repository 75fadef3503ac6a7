package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 58 (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound58Test {

  // PersianDepartments: a works named by its trade and its town (کارخانه سیمان X) is one organisation, the town inside.

  @Test
  void aWorksNamedByItsTradeAndTownIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرعامل کارخانه سیمان کرمان گفت: کارخانه سیمان کرمان امسال صادرات را دو برابر کرد.");
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "کارخانه سیمان کرمان"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "کرمان"), all(es));
  }

  @Test
  void aWorksNamedByTwoTradeWordsAndItsTownIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان", "دومین کارخانه شیر پاستوریزه همدان افتتاح شد.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "کارخانه شیر پاستوریزه همدان"), all(es));
  }

  @Test
  void aFactoryInATownKeepsTheTownApart() {
    List<Entity> es = run("fa", "عنوان",
        "این کارخانه در تهران ساخته شد و کارخانه‌های یخ‌سازی تهران تعطیل شدند.");
    assertEquals(2, mentionsOf(es, EntityType.PLACE, "تهران"), all(es));
  }

  @Test
  void takingPartIsNoFirm() {
    List<Entity> es = run("fa", "عنوان",
        "جوانان تهران در جبهه‌ها شرکت و شهدای بسیاری تقدیم کردند و با شرکت همه مردم تهران راهپیمایی برگزار شد.");
    assertEquals(false, typedContaining(es, EntityType.ORGANIZATION, "شرکت"), all(es));
  }

  @Test
  void aCulturalComplexKeepsItsTownApart() {
    List<Entity> es = run("fa", "عنوان", "نمایشگاه در مجتمع فرهنگی هنری تهران برپا شد.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "تهران"), all(es));
  }

  @Test
  void aRegionalWaterCompanyNamedWithItsProvinceIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان", "مدیرعامل شرکت آب منطقه‌ای تهران گفت: سدهای تهران پر است.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "شرکت آب منطقه‌ای تهران"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "تهران"), all(es));
  }
}
