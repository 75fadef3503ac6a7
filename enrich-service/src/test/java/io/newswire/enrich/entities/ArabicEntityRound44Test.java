package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
    Entity gov = mentioned(es, "الحكومة الشرعية اليمنية");
    assertNotNull(gov, all(es));
    assertEquals(EntityType.ORGANIZATION, gov.getType());
    assertEquals("Government of Yemen", gov.getName());
  }

  @Test
  void theBareLegitimateGovernmentIsYemensWhereTheTextNamesYemen() {
    List<Entity> es = run("ar", "دعم",
        "أكد الوزير دعم بلاده للحكومة الشرعية في اليمن حتى تستعيد مؤسسات الدولة.");
    Entity gov = mentioned(es, "لحكومة الشرعية");
    assertNotNull(gov, all(es));
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
    Entity fsa = mentioned(es, "الجيش السوري الحر");
    assertNotNull(fsa, all(es));
    assertEquals("Free Syrian Army", fsa.getName());
    Entity bare = mentioned(es, "الجيش الحر");
    assertNotNull(bare, all(es));
    assertEquals("Free Syrian Army", bare.getName());
  }

  @Test
  void saudiBodiesTakeTheirOwnEnglishNames() {
    List<Entity> es = run("ar", "زيارة",
        "زار الطلاب المؤسسة العامة لتحلية المياه المالحة والمعهد العالي السعودي الياباني للسيارات، "
            + "فيما أعلنت المديرية العامة للجوازات مواعيد جديدة.");
    Entity swcc = mentioned(es, "المؤسسة العامة لتحلية المياه المالحة");
    assertNotNull(swcc, all(es));
    assertEquals("Saline Water Conversion Corporation", swcc.getName());
    Entity sjahi = mentioned(es, "المعهد العالي السعودي الياباني للسيارات");
    assertNotNull(sjahi, all(es));
    assertEquals("Saudi Japanese Automobile High Institute", sjahi.getName());
    Entity passports = mentioned(es, "المديرية العامة للجوازات");
    assertNotNull(passports, all(es));
    assertEquals("General Directorate of Passports (Saudi Arabia)", passports.getName());
  }

  @Test
  void theRoyalCommissionsYanbuArmIsOneBody() {
    List<Entity> es = run("ar", "مهرجان",
        "افتتح الرئيس التنفيذي للهيئة الملكية بينبع معرضا جديدا للزهور.");
    Entity rc = mentioned(es, "لهيئة الملكية بينبع");
    assertNotNull(rc, all(es));
    assertEquals("Royal Commission Yanbu", rc.getName());
    assertNull(mentioned(es, "ينبع"), all(es)); // the town inside the body's name is no place of its own
  }

  @Test
  void socialSitesTakeTheirOwnNames() {
    List<Entity> es = run("ar", "تقنية",
        "نشر الوزير صورة على حسابه في «تويتر» وكتب منشورا على «فيسبوك».");
    Entity tw = mentioned(es, "تويتر");
    assertNotNull(tw, all(es));
    assertEquals("Twitter", tw.getName());
    Entity fb = mentioned(es, "فيسبوك");
    assertNotNull(fb, all(es));
    assertEquals("Facebook", fb.getName());
  }
}
