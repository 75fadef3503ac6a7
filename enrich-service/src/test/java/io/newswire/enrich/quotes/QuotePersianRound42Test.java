package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 42, on invented sentences: 'اذعان داشت/کرد:' reports a statement as 'اظهار داشت:' does, and
 * the Friday prayer leader's office written with a zero-width non-joiner ('امام‌جمعه') is the role 'امام جمعه'.
 */
class QuotePersianRound42Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void ezanDashtBeforeAColonReportsTheStatement() {
    var f = fields("جشنواره دانشجویی برگزار شد",
        "رضا کریمی در آیین افتتاحیه جشنواره اذعان داشت: دانشجویان امسال بیش از صد اثر به دبیرخانه فرستاده‌اند.");
    List<Quote> q = run(f, person("P1", "Reza Karimi", f, "رضا کریمی"));
    Quote x = indirectStarting(q, "دانشجویان امسال");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Reza Karimi", speakerName(x));
  }

  @Test
  void fridayPrayerLeaderWithANonJoinerIsTheLeadsNamedSpeakerLater() {
    var f = fields("نماز جمعه شهر برگزار شد",
        "امام‌جمعه موقت کاشان گفت: مردم باید در انتخابات با آگاهی شرکت کنند.",
        "به گزارش خبرگزاری فارس از کاشان، حجت‌الاسلام حسن مرادی در خطبه‌های نماز جمعه اظهار داشت: انتخابات پیش رو اهمیت فراوانی دارد.",
        "امام‌جمعه موقت کاشان افزود: جوانان باید نامزدها را به دقت بشناسند.");
    List<Quote> q = run(f, person("P1", "Hassan Moradi", f, "حسن مرادی"));
    Quote x = indirectStarting(q, "جوانان باید");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Hassan Moradi", speakerName(x));
  }
}
