package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirty-sixth round, on invented sentences: Arabic verbs of hinting (لمح / ألمح … إلى أن) and the
 * present of warning (يحذر / تحذر … من أن) report the clause after them; an "as X said" phrase with no comma
 * before it (… بحسب ما أوضح X.) attributes the clause before it when it ends the sentence; the Persian perfect of
 * claiming (مدعی شده است که) reports a clause as its past does.
 */
class QuoteArabicPersianRound36Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void arabicHintingReportsTheClause() {
    var f = fields("المفاوضات",
        "ولمح سامر الخطيب إلى أن المفاوضات قد تستأنف الشهر المقبل في جنيف.");
    List<Quote> q = run("ar", f, person("P1", "Samer al-Khatib", f, "سامر الخطيب"));
    Quote x = startingWith(q, "المفاوضات قد تستأنف");
    assertEquals("Samer al-Khatib", speakerName(x), texts(q).toString());
  }

  @Test
  void arabicPresentOfWarningReportsTheClause() {
    var f = fields("الأسواق",
        "ويحذر خبراء اقتصاديون من أن ارتفاع الأسعار سيضر بالأسر محدودة الدخل.");
    List<Quote> q = run("ar", f);
    assertTrue(anyStartsWith(q, "ارتفاع الأسعار سيضر"), texts(q).toString());
  }

  @Test
  void arabicAsSaidWithoutCommaClosesTheClauseBefore() {
    var f = fields("العقارات",
        "وارتفعت أسعار الشقق في المدينة بنسبة عشرة في المائة خلال العام الماضي بحسب ما أوضح كريم منصور.");
    List<Quote> q = run("ar", f, person("P1", "Karim Mansour", f, "كريم منصور"));
    Quote x = startingWith(q, "وارتفعت أسعار الشقق");
    assertEquals("Karim Mansour", speakerName(x), texts(q).toString());
  }

  @Test
  void arabicAsSaidInMidSentenceIsNoAttribution() {
    // حسب ما يسمح … is 'as far as … allows', and the sentence goes on after it: nothing reported
    var f = fields("القراءة",
        "أقرأ الكتب حسب ما يسمح لي وقتي في المساء بعد العمل الطويل في المكتب والعودة إلى المنزل.");
    List<Quote> q = run("ar", f);
    assertEquals(0, q.size(), texts(q).toString());
  }

  @Test
  void arabicKamaWithoutCommaStaysNarrative() {
    // كما ذكرت أعلاه: the writer's 'as I said above', no one reported
    var f = fields("الذكريات",
        "كانت هوايتي الأولى هي الرسم والموسيقى منذ الطفولة كما ذكرت أعلاه.");
    List<Quote> q = run("ar", f);
    assertFalse(anyStartsWith(q, "كانت هوايتي"), texts(q).toString());
  }

  @Test
  void persianPerfectOfClaimingReportsTheClause() {
    var f = fields("گزارش",
        "رضا احمدی، کارشناس اقتصادی، مدعی شده است که نرخ تورم سال آینده کاهش می‌یابد.");
    List<Quote> q = run("fa", f, person("P1", "Reza Ahmadi", f, "رضا احمدی"));
    Quote x = startingWith(q, "نرخ تورم");
    assertEquals("Reza Ahmadi", speakerName(x), texts(q).toString());
  }
}
