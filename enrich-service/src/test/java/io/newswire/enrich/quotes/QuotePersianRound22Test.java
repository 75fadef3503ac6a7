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

/** Issue 9, twenty-second round: warnings and threats in the perfect and pluperfect, on invented sentences. */
class QuotePersianRound22Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aWarningInThePluperfectReportsItsClause() {
    var f = fields("قیمت نان",
        "رضا کریمی رئیس اتحادیه نانوایان هشدار داده بود که قیمت نان در ماه آینده افزایش خواهد یافت.");
    List<Quote> q = run(f, person("P1", "Reza Karimi", f, "رضا کریمی"));
    Quote clause = startingWith(q, "قیمت نان در ماه");
    assertEquals(QuoteKind.INDIRECT, clause.getKind());
    assertEquals("Reza Karimi", speakerName(clause), texts(q).toString());
  }

  @Test
  void aThreatReportsItsClauseWithOrWithoutKe() {
    var f = fields("بودجه",
        "احزاب مخالف تهدید کرده بودند که در صورت تصویب طرح، جلسات مجلس را تحریم می‌کنند.",
        "وزیر اقتصاد تهدید کرد اگر بودجه تا پایان ماه تصویب نشود از سمت خود استعفا خواهد داد.");
    List<Quote> q = run(f);
    assertEquals(QuoteKind.INDIRECT, startingWith(q, "در صورت تصویب").getKind());
    assertEquals(QuoteKind.INDIRECT, startingWith(q, "اگر بودجه").getKind());
  }

  @Test
  void aPerfectWrittenApartIsNoCueOfItsOwn() {
    var f = fields("هشدار کارشناسان",
        "بیشتر کارشناسان درباره این طرح هشدار داده اند، ولی مسئولان به این هشدارها توجهی نکرده‌اند.");
    List<Quote> q = run(f);
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().startsWith("اند")), texts(q).toString());
  }
}
