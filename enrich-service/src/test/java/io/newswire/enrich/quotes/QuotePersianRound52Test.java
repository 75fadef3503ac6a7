package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
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
 * Issue 9, round 52, on invented sentences: a verb of saying with که inside a Persian colon statement reports a
 * clause nested in it, with its own speaker; a bare or colon clause inside the statement stays its words, and so
 * does a modal's 'one cannot say that'.
 */
class QuotePersianRound52Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aClauseWithKeInsideAColonStatementIsNested() {
    var f = fields("تولید برق در استان افزایش یافت",
        "مهدی کریمی مدیرعامل شرکت برق استان گفت: تولید برق امسال ده درصد بیشتر شد. کارشناسان بارها اعلام کرده‌اند که "
            + "مصرف برق در تابستان باید کاهش یابد.");
    List<Quote> q = run(f, person("P1", "Mehdi Karimi", f, "مهدی کریمی"));
    Quote outer = indirectStarting(q, "تولید برق امسال");
    assertNotNull(outer, texts(q).toString());
    assertEquals("Mehdi Karimi", speakerName(outer), speakerText(outer));
    Quote nested = indirectStarting(q, "مصرف برق");
    assertNotNull(nested, texts(q).toString());
    assertNull(speakerName(nested), speakerText(nested));
  }

  @Test
  void aBareClauseInsideTheStatementIsNoNestedQuote() {
    var f = fields("تولید برق در استان افزایش یافت",
        "مهدی کریمی گفت: تولید برق امسال ده درصد بیشتر شد و کارشناسان گفتند مصرف برق در تابستان کاهش یافت.");
    List<Quote> q = run(f, person("P1", "Mehdi Karimi", f, "مهدی کریمی"));
    assertNotNull(indirectStarting(q, "تولید برق امسال"), texts(q).toString());
    assertNull(indirectStarting(q, "مصرف برق"), texts(q).toString());
  }

  @Test
  void aModalSayingInsideTheStatementIsTheSpeakersOwn() {
    var f = fields("تولید برق در استان افزایش یافت",
        "مهدی کریمی گفت: اگر مصرف کنترل نشود نمی‌توان گفت که تولید برق امسال کافی بوده است.");
    List<Quote> q = run(f, person("P1", "Mehdi Karimi", f, "مهدی کریمی"));
    assertNotNull(indirectStarting(q, "اگر مصرف"), texts(q).toString());
    assertNull(indirectStarting(q, "تولید برق امسال"), texts(q).toString());
  }
}
