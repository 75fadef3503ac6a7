package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 44, on invented sentences: `تبیین کرد:` (explained), `مطرح کرد:` (raised) and `پاسخ داد:`
 * (answered) open a colon statement as `تشریح کرد:` does.
 */
class QuotePersianRound44Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  private void colonStatement(String cue) {
    var f = fields("برنامه‌های هفته کتاب",
        "بهرام صالحی مدیر کتابخانه‌های شهرستان امروز در نشست خبری اظهار داشت: امسال ده نمایشگاه برگزار می‌شود.",
        "وی با اشاره به استقبال دانش‌آموزان " + cue + ": کتابخانه سیار به روستاهای دور هم خواهد رفت.");
    List<Quote> q = run(f, person("P1", "Bahram Salehi", f, "بهرام صالحی"));
    Quote s = startingWith(ofKind(q, QuoteKind.INDIRECT), "کتابخانه سیار");
    assertEquals("Bahram Salehi", speakerName(s), texts(q).toString());
  }

  @Test
  void explainedOpensAColonStatement() {
    colonStatement("تبیین کرد");
  }

  @Test
  void raisedOpensAColonStatement() {
    colonStatement("مطرح کرد");
  }

  @Test
  void answeredOpensAColonStatement() {
    colonStatement("پاسخ داد");
  }
}
