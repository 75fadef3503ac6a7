package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 43, on invented sentences: an unnamed source ('یک منبع …'), opening its sentence or after an
 * opening time adjunct written without a comma, is someone new: not the person who spoke before.
 */
class QuotePersianRound43Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void anUnnamedSourceAfterATimeAdjunctIsNotTheSpeakerBefore() {
    var f = fields("نشست سران اروپا",
        "امانوئل مکرون رئیس‌جمهور فرانسه به خبرنگاران گفت که رسیدن به توافق آسان نیست.",
        "در ساعات پایانی روز پنجشنبه یک منبع در دولت آلمان گفت «ما فقط به دنبال یک توافق عادلانه هستیم»");
    List<Quote> q = run(f, person("P1", "Emmanuel Macron", f, "امانوئل مکرون"));
    Quote d = startingWith(ofKind(q, QuoteKind.DIRECT), "ما فقط");
    assertNull(speakerName(d), texts(q).toString());
    assertTrue(speakerText(d) != null && speakerText(d).startsWith("یک منبع"), String.valueOf(speakerText(d)));
  }

  @Test
  void anUnnamedSourceOpeningItsSentenceIsNotTheSpeakerBefore() {
    var f = fields("نشست سران اروپا",
        "امانوئل مکرون رئیس‌جمهور فرانسه به خبرنگاران گفت که رسیدن به توافق آسان نیست.",
        "یک منبع در دولت آلمان گفت «ما فقط به دنبال یک توافق عادلانه هستیم»");
    List<Quote> q = run(f, person("P1", "Emmanuel Macron", f, "امانوئل مکرون"));
    Quote d = startingWith(ofKind(q, QuoteKind.DIRECT), "ما فقط");
    assertNull(speakerName(d), texts(q).toString());
  }

  @Test
  void aNamedSubjectAfterATimeAdjunctKeepsItsName() {
    var f = fields("نشست سران اروپا",
        "یک منبع در دولت آلمان گفت که گفت‌وگوها ادامه دارد.",
        "در ساعات پایانی روز پنجشنبه امانوئل مکرون گفت «ما فقط به دنبال یک توافق عادلانه هستیم»");
    List<Quote> q = run(f, person("P1", "Emmanuel Macron", f, "امانوئل مکرون"));
    Quote d = startingWith(ofKind(q, QuoteKind.DIRECT), "ما فقط");
    assertEquals("Emmanuel Macron", speakerName(d), texts(q).toString());
  }
}
