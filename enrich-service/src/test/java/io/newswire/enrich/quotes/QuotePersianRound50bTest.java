package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 50b, on invented sentences: a Persian sentence opened by بر اساس اظهارات/توضیحات X، reports X's
 * words in the clause after the comma, as به گفته X، does; بر اساس before a document or a rule reports no one.
 */
class QuotePersianRound50bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void clauseAfterBarAsasEzharatIsTheNamedSpeakers() {
    var f = fields("بازگشایی پل شهید باهنر",
        "محمد احمدی شهردار کرمان امروز از پروژه پل شهید باهنر بازدید کرد.",
        "بر اساس اظهارات محمد احمدی، عملیات ساخت این پل تا پایان خردادماه به پایان می‌رسد.");
    List<Quote> q = run(f, person("P1", "Mohammad Ahmadi", f, "محمد احمدی"));
    Quote clause = indirectStarting(q, "عملیات ساخت این پل");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Mohammad Ahmadi", speakerName(clause));
  }

  @Test
  void clauseAfterBarasasTozihatWithArabicYehIsTheNamedSpeakers() {
    // the Fars copy is often typed with Arabic ي and بر اساس as one word
    var f = fields("خط جدید اتوبوس",
        "براساس توضيحات رضا كاظمي، خط جديد اتوبوس از هفته آينده در مسير ميدان آزادي راه‌اندازي مي‌شود.");
    List<Quote> q = run(f, person("P1", "Reza Kazemi", f, "رضا كاظمي"));
    Quote clause = indirectStarting(q, "خط جديد اتوبوس");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Reza Kazemi", speakerName(clause));
  }

  @Test
  void barAsasBeforeARuleReportsNoOne() {
    var f = fields("مصوبه شورای شهر",
        "بر اساس این مصوبه، ساعت کار ادارات شهرداری از اول تیرماه تغییر می‌کند.");
    assertNull(indirectStarting(run(f), "ساعت کار ادارات"));
  }
}
