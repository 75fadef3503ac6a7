package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.FieldText;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 39 (issue 13, Arabic bodies): the bare cabinet (مجلس الوزراء) takes the country of the article's other
 * government bodies, or Saudi Arabia when the article names the Saudi king by his title, as a bare ministry takes the
 * dispatch's country ({@link GenericBodies}); field words of public bodies and the compass adjectives in the word
 * table ({@link OrganisationName}), the latter locating a body as a nationality does; US federal bodies under their own
 * names ({@link UnitedStatesBodies}). Sentences and names written for these tests; the mentions stand for what the
 * earlier steps give.
 */
class KnowledgeBaseRound39Test {
  private static final String CABINET_ID = "org:ar:مجلس-الوزراء";

  private static Mention org(String text, String words, String id, String name) {
    int s = text.indexOf(words);
    return new Mention(0, s, s + words.length(), id, EntityType.ORGANIZATION, name, false);
  }

  /** The cabinet's name after GenericBodies, given the other bodies' mentions (words, name) in the one paragraph. */
  private static String cabinet(String body, String... others) {
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(body), 0));
    List<Mention> mentions = new ArrayList<>();
    mentions.add(org(body, "مجلس الوزراء", CABINET_ID, "Council of Ministers"));
    for (int i = 0; i < others.length; i += 2) {
      mentions.add(org(body, others[i], "org:name:" + i, others[i + 1]));
    }
    String name = null;
    for (Mention m : GenericBodies.withCountry(fields, mentions, id -> null)) {
      if (m.start() == body.indexOf("مجلس الوزراء")) {
        name = m.name();
      }
    }
    return name;
  }

  @Test
  void theCabinetOfTheCountryWhoseGovernmentTheArticleNames() {
    String body = "دعا رئيس الحكومة الأردنية إلى جلسة استثنائية، وقرر مجلس الوزراء تأجيل البت في الموازنة.";
    assertEquals("Council of Ministers of Jordan", cabinet(body, "الحكومة الأردنية", "Government of Jordan"));
  }

  @Test
  void theSaudiKingsTitleMakesTheCabinetSaudi() {
    String body = "ترأس نائب خادم الحرمين الشريفين جلسة مجلس الوزراء التي عقدت في جدة ظهر اليوم.";
    assertEquals("Council of Ministers of Saudi Arabia", cabinet(body));
  }

  @Test
  void twoCountriesOrNoneLeaveTheCabinetBare() {
    String two = "ناقش مجلس الوزراء رسالة من الحكومة المصرية وأخرى من الحكومة التونسية حول النقل.";
    assertEquals("Council of Ministers",
        cabinet(two, "الحكومة المصرية", "Government of Egypt", "الحكومة التونسية", "Government of Tunisia"));
    assertEquals("Council of Ministers", cabinet("أقر مجلس الوزراء في جلسته الأسبوعية نظام المرور الجديد."));
  }

  @Test
  void fieldWordsOfPublicBodies() {
    assertEquals("Mosques Department", OrganisationName.english("إدارة المساجد", w -> null));
    assertEquals("Leaders Preparation Institute", OrganisationName.english("معهد إعداد القادة", w -> null));
    assertEquals("Technical Training Department for Girls", OrganisationName.english("إدارة التدريب التقني للبنات", w -> null));
    assertEquals("Educational Supervision Center", OrganisationName.english("مركز الإشراف التربوي", w -> null));
  }

  @Test
  void aCompassAdjectiveGoesFirstAndMakesTheNameSpecific() {
    assertEquals("Southern Resistance", OrganisationName.english("المقاومة الجنوبية", w -> null));
    assertEquals("Southern Popular Resistance", OrganisationName.english("المقاومة الشعبية الجنوبية", w -> null));
    assertEquals("org:name:southern-resistance", CrossScriptId.of(EntityType.ORGANIZATION, "Southern Resistance"));
    assertEquals("org:name:eastern-province-municipality",
        CrossScriptId.of(EntityType.ORGANIZATION, "Eastern Province Municipality"));
    assertEquals(null, CrossScriptId.of(EntityType.ORGANIZATION, "Training Committee")); // any country's
  }

  @Test
  void aCompassAdjectiveAfterKoreanNamesTheCountry() {
    assertEquals("North Korean Central News Agency", OrganisationName.english("وكالة الأنباء المركزية الكورية الشمالية", w -> null));
    assertEquals("Ministry of Foreign Affairs (South Korea)", OrganisationName.english("وزارة الخارجية الكورية الجنوبية", w -> null));
  }

  @Test
  void unitedStatesBodiesByTheirOwnNames() {
    java.util.function.Function<String, String> us = w -> w.equals(io.newswire.normalization.MatchingForm.key("آمریکا")) ? "United States" : null;
    assertEquals("United States Department of Defense",
        UnitedStatesBodies.official(OrganisationName.english("وزارة الدفاع الأميركية", w -> null)));
    assertEquals("United States Department of the Treasury",
        UnitedStatesBodies.official(OrganisationName.english("وزارت خزانه‌داری آمریکا", us)));
    assertEquals("United States Armed Forces", UnitedStatesBodies.official(OrganisationName.english("القوات الأميركية", w -> null)));
    assertEquals("Ministry of Labor (Kuwait)", UnitedStatesBodies.official(OrganisationName.english("وزارة العمل الكويتية", w -> null)));
    String body = "قال متحدث باسم وزارة العمل إن الوزارة ستراجع قواعد الأجور في الولايات.";
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(body), 0));
    Mention ministry = org(body, "وزارة العمل", "org:ar:وزاره-العمل", "Ministry of Labour");
    Mention other = org(body, "الولايات", "org:name:x", "Ministry of Finance (United States)"); // stands for a US body named before
    // no dateline or agency: the bare ministry stays generic; a US body elsewhere does not make it American
    assertEquals("Ministry of Labour", GenericBodies.withCountry(fields, List.of(ministry, other), id -> null).get(0).name());
  }
}
