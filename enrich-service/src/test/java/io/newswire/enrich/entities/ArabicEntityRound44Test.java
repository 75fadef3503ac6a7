package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 44 (issue 13, Arabic organisations). Sentences written for these tests. */
class ArabicEntityRound44Test {
  @Test
  void theLegitimateGovernmentWithItsNationalityIsYemensGovernment() {
    List<Entity> es = run("ar", "عدن",
        "عاد وزراء الحكومة الشرعية اليمنية إلى المدينة بعد أسابيع من القتال.");
    Entity gov = named(es, "الحكومة الشرعية اليمنية");
    assertEquals(EntityType.ORGANIZATION, gov.getType());
    assertEquals("Government of Yemen", gov.getName());
  }

  @Test
  void theBareLegitimateGovernmentIsYemensWhereTheTextNamesYemen() {
    List<Entity> es = run("ar", "دعم",
        "أكد الوزير دعم بلاده للحكومة الشرعية في اليمن حتى تستعيد مؤسسات الدولة.");
    Entity gov = named(es, "لحكومة الشرعية");
    assertEquals("Government of Yemen", gov.getName());
  }

  @Test
  void theBareLegitimateGovernmentElsewhereNamesNoBody() {
    // a government in exile of another war: no country the rule could give it
    List<Entity> es = run("ar", "ذكريات",
        "كان التواصل مع الحكومة الشرعية في المنفى يعرض صاحبه للخطر خلال تلك الأشهر.");
    assertNull(mentioned(es, "الحكومة الشرعية"), all(es));
  }

  @Test
  void theFreeSyrianArmyIsNotTheSyrianArmy() {
    List<Entity> es = run("ar", "حلب",
        "قال قائد في الجيش السوري الحر إن مقاتلي الجيش الحر صدوا الهجوم.");
    Entity fsa = named(es, "الجيش السوري الحر");
    assertEquals("Free Syrian Army", fsa.getName());
    Entity bare = named(es, "الجيش الحر");
    assertEquals("Free Syrian Army", bare.getName());
  }

  @Test
  void saudiBodiesTakeTheirOwnEnglishNames() {
    List<Entity> es = run("ar", "زيارة",
        "زار الطلاب المؤسسة العامة لتحلية المياه المالحة والمعهد العالي السعودي الياباني للسيارات، "
            + "فيما أعلنت المديرية العامة للجوازات مواعيد جديدة.");
    Entity swcc = named(es, "المؤسسة العامة لتحلية المياه المالحة");
    assertEquals("Saline Water Conversion Corporation", swcc.getName());
    Entity sjahi = named(es, "المعهد العالي السعودي الياباني للسيارات");
    assertEquals("Saudi Japanese Automobile High Institute", sjahi.getName());
    Entity passports = named(es, "المديرية العامة للجوازات");
    assertEquals("General Directorate of Passports (Saudi Arabia)", passports.getName());
  }

  @Test
  void theRoyalCommissionsYanbuArmIsOneBody() {
    List<Entity> es = run("ar", "مهرجان",
        "افتتح الرئيس التنفيذي للهيئة الملكية بينبع معرضا جديدا للزهور.");
    Entity rc = named(es, "لهيئة الملكية بينبع");
    assertEquals("Royal Commission Yanbu", rc.getName());
    assertNull(mentioned(es, "ينبع"), all(es)); // the town inside the body's name is no place of its own
  }

  @Test
  void socialSitesTakeTheirOwnNames() {
    List<Entity> es = run("ar", "تقنية",
        "نشر الوزير صورة على حسابه في «تويتر» وكتب منشورا على «فيسبوك».");
    Entity tw = named(es, "تويتر");
    assertEquals("Twitter", tw.getName());
    Entity fb = named(es, "فيسبوك");
    assertEquals("Facebook", fb.getName());
  }
}
