package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 53, on invented sentences: the spellings اظهارداشت (glued) and خاطر نشان ساخت (spaced) open colon
 * statements as اظهار داشت and خاطرنشان ساخت do.
 */
class QuotePersianRound53Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void theGluedAndSpacedSpellingsOpenColonStatements() {
    var f = fields("بازگشایی مدارس استان",
        "رضا محمدی مدیرکل آموزش و پرورش استان امروز اظهارداشت: مدارس استان از هفته آینده باز می‌شوند.",
        "وی خاطر نشان ساخت: سرویس مدارس نیز از همان روز کار خود را آغاز می‌کند.");
    List<Quote> q = run(f, person("P1", "Reza Mohammadi", f, "رضا محمدی"));
    assertEquals("Reza Mohammadi", speakerName(indirectStarting(q, "مدارس استان از")), texts(q).toString());
    assertEquals("Reza Mohammadi", speakerName(indirectStarting(q, "سرویس مدارس")), texts(q).toString());
  }
}
