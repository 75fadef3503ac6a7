package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 40, on invented sentences: آمده (است) followed by a comma or که reports a document's words
 * when the sentence opens with that document (در این گزارش آمده است، …), as a colon after it already did; not
 * when no در frame opens the sentence (مشکلاتی که پیش آمده است، …).
 */
class QuotePersianRound40Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields) {
    return extractor.extract(fields, "fa", List.of());
  }

  private static boolean indirectStarting(List<Quote> q, String start) {
    return ofKind(q, QuoteKind.INDIRECT).stream().anyMatch(x -> x.getText().toString().startsWith(start));
  }

  @Test
  void documentFrameWithACommaReportsItsWords() {
    var f = fields("گزارش سازمان ملل درباره آب",
        "در این گزارش آمده است، مصرف آب کشاورزی در منطقه طی ده سال گذشته دو برابر شده است.");
    List<Quote> q = run(f);
    assertTrue(indirectStarting(q, "مصرف آب کشاورزی"), texts(q).toString());
  }

  @Test
  void documentFrameWithACommaAndZwnjReportsItsWords() {
    var f = fields("گزارش سازمان ملل درباره آب",
        "در ادامه این گزارش آمده است،\u200c بارندگی در فصل زمستان کمتر از میانگین بوده است.");
    List<Quote> q = run(f);
    assertTrue(indirectStarting(q, "بارندگی در فصل"), texts(q).toString());
  }

  @Test
  void documentFrameWithKehReportsItsWords() {
    var f = fields("نامه شورای شهر",
        "در نامه شورای شهر آمده است که ساخت پل جدید تا پایان سال به پایان می‌رسد.");
    List<Quote> q = run(f);
    assertTrue(indirectStarting(q, "ساخت پل جدید"), texts(q).toString());
  }

  @Test
  void amadehWithoutADocumentFrameIsNoStatement() {
    var f = fields("مشکلات ترافیک",
        "مشکلاتی که در سال‌های اخیر پیش آمده است، شهروندان را نگران کرده و مسئولان به دنبال راه حل هستند.");
    List<Quote> q = run(f);
    assertFalse(indirectStarting(q, "شهروندان"), texts(q).toString());
  }
}
