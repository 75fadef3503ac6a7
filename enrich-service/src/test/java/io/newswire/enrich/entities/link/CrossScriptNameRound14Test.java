package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.entities.EntityExtractor;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.schema.Entity;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round 14 (issue 13): a generic government body gets its country when the dispatch gives it (a nationality
 * after the name, the dateline's country, the national agency's home), named as the annotation conventions
 * name a country's body (Ministry of Finance (Saudi Arabia)) and with that specific name's cross-script id;
 * kept on its language's slug when the country is not clear. Sentences written for these tests.
 */
class CrossScriptNameRound14Test {
  private static final KnowledgeBase KB = KnowledgeBase.load((java.nio.file.Path) null);
  private static final EntityExtractor RULES = new EntityExtractor(KB, null);
  private static final Function<String, String> NO_PLACES = w -> null;

  private static List<Entity> run(String lang, String dateline, String... paragraphs) {
    List<ArticleField> fs = new java.util.ArrayList<>();
    fs.add(new ArticleField("headline", paragraphs[0]));
    if (dateline != null) {
      fs.add(new ArticleField("dateline", dateline));
    }
    for (int i = 1; i < paragraphs.length; i++) {
      fs.add(new ArticleField("paragraphs[" + (i - 1) + "]", paragraphs[i]));
    }
    return RULES.extract(fs, lang);
  }

  private static Entity named(List<Entity> es, String prefix) {
    for (Entity e : es) {
      if (e.getName().startsWith(prefix)) {
        return e;
      }
    }
    return null;
  }

  @Test
  void aNationalAgencysDatelineGivesTheMinistryItsCountry() {
    List<Entity> es = run("ar", "الرياض 12 رجب 1440 هـ الموافق 19 مارس 2019 م واس",
        "صرف الدفعة الثانية من الإعانات",
        "أعلنت وزارة المالية اليوم صرف الدفعة الثانية من الإعانات المخصصة للجمعيات الخيرية في مختلف المناطق.");
    Entity m = named(es, "Ministry of Finance");
    assertNotNull(m, es.toString());
    assertEquals("Ministry of Finance (Saudi Arabia)", m.getName());
    assertEquals("org:name:ministry-of-finance-saudi-arabia", m.getId());
  }

  @Test
  void theSameBodyInPersianAgencyCopyIsTheSameIdAsInEnglishCopy() {
    List<Entity> es = run("fa", null, "برگزاری نمایشگاه کتاب",
        "به گزارش خبرگزاری فارس، وزارت فرهنگ و ارشاد اسلامی از برگزاری نمایشگاه کتاب در آبان ماه خبر داد.");
    Entity m = named(es, "Ministry of Culture and Islamic Guidance");
    assertNotNull(m, es.toString());
    assertEquals("org:name:ministry-of-culture-and-islamic-guidance-iran", m.getId());
    assertEquals(m.getId(), CrossScriptId.of(io.newswire.schema.EntityType.ORGANIZATION,
        "Ministry of Culture and Islamic Guidance (Iran)"), "what English copy naming it so would get");
  }

  @Test
  void aNationalityRightAfterTheNameStillWins() {
    List<Entity> es = run("ar", "الرياض 12 رجب 1440 هـ الموافق 19 مارس 2019 م واس",
        "بيان من الخارجية",
        "وأدانت وزارة الخارجية الإيطالية الهجوم الذي استهدف السفارة في العاصمة الليبية.");
    Entity m = named(es, "Ministry of Foreign Affairs");
    assertNotNull(m, es.toString());
    assertEquals("Ministry of Foreign Affairs (Italy)", m.getName(), "the adjective, not the dateline's country");
  }

  @Test
  void aDatelineAbroadThatDisagreesWithTheAgencyLeavesTheBodyGeneric() {
    List<Entity> es = run("ar", "القاهرة 12 رجب 1440 هـ الموافق 19 مارس 2019 م واس",
        "لقاء ثقافي في القاهرة",
        "وشارك ممثلون عن وزارة التعليم في اللقاء الثقافي الذي نظمته الملحقية في القاهرة.");
    Entity m = named(es, "Ministry of Education");
    assertNotNull(m, es.toString());
    assertEquals("Ministry of Education", m.getName());
    assertTrue(m.getId().startsWith("org:ar:"), "its language's slug: " + m.getId());
  }

  @Test
  void noDatelineNoAgencyNoCountry() {
    List<Entity> es = run("ar", null, "قرار جديد", "وقالت وزارة الصحة إن الحملة ستشمل جميع المدارس الابتدائية.");
    Entity m = named(es, "Ministry of Health");
    assertNotNull(m, es.toString());
    assertEquals("Ministry of Health", m.getName());
  }

  @Test
  void anotherCountrysBodyInTheArticleLeavesABareMinistryAlone() {
    List<Entity> es = run("ar", "الرياض 12 رجب 1440 هـ الموافق 19 مارس 2019 م واس",
        "مباحثات مع اليمن",
        "وبحث الجانبان مع الحكومة اليمنية خطط وزارة الصحة لإعادة تأهيل المستشفيات في عدن.");
    Entity m = named(es, "Ministry of Health");
    assertNotNull(m, es.toString());
    assertEquals("Ministry of Health", m.getName(), "the Yemeni government is named: whose ministry is unclear");
  }

  @Test
  void theCouncilOfMinistersIsNamedByItsCountry() {
    assertEquals("Council of Ministers of Kuwait", OrganisationName.english("مجلس الوزراء الكويتي", NO_PLACES));
    assertNull(OrganisationName.english("مجلس الوزراء", NO_PLACES), "a bare council: no country, no name");
  }

  @Test
  void ourCountrysMinistryIsTheAgencysHome() {
    assertEquals("Ministry of Foreign Affairs", OrganisationName.english("وزارت امور خارجه کشورمان", NO_PLACES));
    List<Entity> es = run("fa", null, "سفر هیئت اقتصادی",
        "به گزارش خبرگزاری فارس، سخنگوی وزارت امور خارجه کشورمان از سفر یک هیئت اقتصادی به مسکو خبر داد.");
    Entity m = named(es, "Ministry of Foreign Affairs");
    assertNotNull(m, es.toString());
    assertEquals("Ministry of Foreign Affairs (Iran)", m.getName());
  }
}
