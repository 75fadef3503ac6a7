package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, nineteenth round: Persian words in marks, on invented sentences. */
class QuotePersianRound19Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void wordsInMarksBeforeAVerbOfCallingAreTheSubjectsDirectQuote() {
    var f = fields("واکنش وزیر به تصمیم پارلمان",
        "ژان دوبوا وزیر خارجه بلژیک در گفت‌وگو با یک شبکه تلویزیونی این تصمیم را «گامی نسنجیده و زیان‌بار» خواند.",
        "دوبوا پیش از این، تعویق مذاکرات را «غیر قابل پذیرش» خوانده بود.");
    List<Quote> q = run(f, person("P1", "Jean Dubois", f, "ژان دوبوا", "دوبوا"));
    Quote first = startingWith(q, "گامی نسنجیده");
    assertEquals(QuoteKind.DIRECT, first.getKind());
    assertEquals("Jean Dubois", speakerName(first), texts(q).toString());
    assertEquals("Jean Dubois", speakerName(startingWith(q, "غیر قابل پذیرش")), texts(q).toString());
  }

  @Test
  void aTitleGivenToAWorkIsNoQuote() {
    var f = fields("فیلم تازه یک کارگردان",
        "این کارگردان نام فیلم تازه خود را «شب‌های روشن» نامیده است.");
    List<Quote> q = run(f);
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().startsWith("شب‌های روشن")), texts(q).toString());
  }
}
