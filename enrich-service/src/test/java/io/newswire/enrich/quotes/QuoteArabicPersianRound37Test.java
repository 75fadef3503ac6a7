package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 37, on invented sentences: an Arabic speech verb followed by فيه/فيها speaks for whoever
 * issued, delivered or sent the statement, speech or message the pronoun refers to.
 */
class QuoteArabicPersianRound37Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void statementIssuerSpeaksNotTheNameInsideIt() {
    var f = fields("المدينة",
        "وأصدر المدير العام ماجد الحربي بيانا أكد فيه أن وزارة المالية وافقت على تمويل المشروع.");
    List<Quote> q = run("ar", f, person("P1", "Majed al-Harbi", f, "ماجد الحربي"),
        person("P2", "Ministry of Finance", f, "وزارة المالية"));
    assertEquals("Majed al-Harbi", speakerName(startingWith(q, "وزارة المالية وافقت")), texts(q).toString());
  }

  @Test
  void speechDelivererBeforeTheNounSpeaks() {
    var f = fields("الحفل",
        "وفي الحفل ألقى رئيس اللجنة سامي العتيبي كلمة قال فيها إن الموسم المقبل سيشهد مشاركة أوسع.");
    List<Quote> q = run("ar", f, person("P1", "Sami al-Otaibi", f, "سامي العتيبي"));
    assertEquals("Sami al-Otaibi", speakerName(startingWith(q, "الموسم المقبل")), texts(q).toString());
  }

  @Test
  void subjectlessDeliveryGoesOnFromTheSpeaker() {
    // وألقى كلمة قال فيها: no subject between the verb and the noun; the one speaking before goes on
    var f = fields("الافتتاح",
        "قال الوزير فهد السالم إن المشروع يخدم المنطقة كلها.",
        "وألقى كلمة قال فيها إن العمل سيكتمل قبل نهاية العام.");
    List<Quote> q = run("ar", f, person("P1", "Fahd al-Salem", f, "فهد السالم"));
    assertEquals("Fahd al-Salem", speakerName(startingWith(q, "العمل سيكتمل")), texts(q).toString());
  }
}
