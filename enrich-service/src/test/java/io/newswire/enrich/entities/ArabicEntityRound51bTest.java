package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 51b (issue 13, Arabic organisations): a country's security bodies named by a nisba — its intelligence
 * service (الاستخبارات التركية، المخابرات الباكستانية) and its security forces (قوات الأمن التركية، القوات الأمنية
 * العراقية) — are bodies, with one id whichever word the copy uses; the bare words are not. Sentences written for
 * these tests.
 */
class ArabicEntityRound51bTest {
  @Test
  void aCountrysIntelligenceServiceIsABody() {
    List<Entity> es = run("ar", "تحقيق في أنقرة",
        "وقالت مصادر إن الاستخبارات التركية راقبت الشاحنات قبل عبورها الحدود، فيما نفت المخابرات التركية ذلك.");
    Entity one = mentioned(es, "الاستخبارات التركية");
    Entity other = mentioned(es, "المخابرات التركية");
    assertEquals(EntityType.ORGANIZATION, one.getType(), all(es));
    assertEquals(one.getId(), other.getId(), all(es));
    assertEquals("National Intelligence Organization", one.getName(), all(es));
  }

  @Test
  void aServiceTheKnowledgeBaseLacksGetsItsCountrysName() {
    List<Entity> es = run("ar", "تعاون أمني",
        "وأكد المسؤول أن المخابرات الفرنسية تبادلت المعلومات مع نظيرتها المغربية بعد الهجوم.");
    Entity french = mentioned(es, "المخابرات الفرنسية");
    assertEquals(EntityType.ORGANIZATION, french.getType(), all(es));
    assertEquals("French Intelligence", french.getName(), all(es));
  }

  @Test
  void intelligenceWithoutACountryIsNoBody() {
    List<Entity> es = run("ar", "ضباط سابقون",
        "وانضم عدد من ضباط الاستخبارات السابقين إلى التنظيم، بحسب ما قاله رئيس الاستخبارات للصحافيين.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "الاستخبارات"), all(es));
  }

  @Test
  void aCountrysIntelligenceAgenciesAreNoOneService() {
    List<Entity> es = run("ar", "تحذير من هجمات",
        "وقال إن المعلومات التي وصلت من أجهزة الاستخبارات الفرنسية تشير إلى خطر قريب على العاصمة.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "الاستخبارات"), all(es));
  }

  @Test
  void securityForcesWithTheirCountryAreABody() {
    List<Entity> es = run("ar", "حادث أمني",
        "وعثرت قوات الأمن التركية أمس على متفجرات في سيارة، فيما تقدمت القوات الأمنية العراقية نحو المدينة.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "قوات الأمن التركية"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "القوات الأمنية العراقية"), all(es));
  }

  @Test
  void bareSecurityForcesStayUnnamed() {
    List<Entity> es = run("ar", "هجوم على مقر",
        "وأسفر الهجوم عن مقتل عدد من قوات الأمن، وقالت القوات الأمنية إنها طوقت المكان.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "الأمن"), all(es));
  }
}
