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
 * Issue 9, round 41, on invented sentences: Persian به گفته opening its sentence with no comma after the one
 * who said it (a personal pronoun or a name) reports the clause right after that name.
 */
class QuotePersianRound41Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void pronounAfterBeGofteWithoutACommaOpensTheClause() {
    var f = fields("نمایشگاه کتاب آغاز شد",
        "مدیر نمایشگاه کتاب علی رضایی گفت: نمایشگاه امسال با حضور ناشران خارجی برگزار می‌شود.",
        "به گفته وی تعداد غرفه‌های نمایشگاه امسال دو برابر سال گذشته است.");
    List<Quote> q = run(f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    Quote x = indirectStarting(q, "تعداد غرفه‌های نمایشگاه");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Ali Rezaei", speakerName(x));
  }

  @Test
  void nameAfterBeGofteWithoutACommaOpensTheClause() {
    var f = fields("نمایشگاه کتاب آغاز شد",
        "به گفته علی رضایی همه غرفه‌ها تا پایان هفته آماده می‌شوند.");
    List<Quote> q = run(f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    Quote x = indirectStarting(q, "همه غرفه‌ها");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Ali Rezaei", speakerName(x));
  }
}
