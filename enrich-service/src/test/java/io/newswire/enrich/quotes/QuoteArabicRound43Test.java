package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 43, on invented sentences: marked names inside a reported clause after a noun that heads a
 * name (معسكر «…», محطة «…»), or in marks padded by spaces (" … "), are no fragments of the speaker's words.
 */
class QuoteArabicRound43Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aNameAfterACampNounInsideAReportedClauseIsNoFragment() {
    var f = fields("غارات على مواقع المسلحين",
        "وقالت مصادر محلية إن الطائرات قصفت معسكر «اللواء 33» التابع للجيش شمال المدينة.");
    List<Quote> q = run(f);
    assertTrue(indirectStarting(q, "الطائرات قصفت") != null, texts(q).toString());
    assertFalse(anyStartsWith(ofKind(q, QuoteKind.DIRECT), "اللواء"), texts(q).toString());
  }

  @Test
  void aFragmentInSpacePaddedMarksIsATermNotWordsSaid() {
    var f = fields("الوزارة تطور مشاريعها",
        "وأوضح سامر خليل أن الوزارة تعمل على إنشاء \" مكتب إدارة الجودة \" في كل فرع من فروعها.");
    List<Quote> q = run(f, person("P1", "Samer Khalil", f, "سامر خليل"));
    assertTrue(indirectStarting(q, "الوزارة تعمل") != null, texts(q).toString());
    assertFalse(anyStartsWith(ofKind(q, QuoteKind.DIRECT), "مكتب"), texts(q).toString());
  }

  @Test
  void aFragmentInTightMarksIsStillWordsSaid() {
    var f = fields("الوزارة تطور مشاريعها",
        "وأوضح سامر خليل أن الوزارة تعمل على إنشاء \"مكاتب أكثر كفاءة وسرعة\" في كل فرع من فروعها.");
    List<Quote> q = run(f, person("P1", "Samer Khalil", f, "سامر خليل"));
    assertTrue(anyStartsWith(ofKind(q, QuoteKind.DIRECT), "مكاتب أكثر"), texts(q).toString());
  }

  @Test
  void theMediumToldInAFrontedStatementIsNotTheSpeaker() {
    var f = fields("ارتفاع عدد المصابين",
        "وقال الطبيب أحمد سالم إن المستشفى استقبل عشرات المصابين. وفي تصريح لوكالة رويترز ذكر أن معظم المصابين من الأطفال.");
    List<Quote> q = run(f, person("P1", "Ahmad Salem", f, "أحمد سالم"));
    Quote told = indirectStarting(q, "معظم المصابين");
    assertTrue(told != null, texts(q).toString());
    assertEquals("Ahmad Salem", speakerName(told));
  }
}
