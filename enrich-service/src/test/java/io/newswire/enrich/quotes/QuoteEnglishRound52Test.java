package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 52 (invented sentences): a request ('called on X to …', 'urged X to …', 'called for …') reports
 * no clause.
 */
class QuoteEnglishRound52Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aRequestReportsNoClause() {
    var f = fields("Fuel bills",
        "The charity urged the government to raise winter payments for pensioners.",
        "Its director, Ann Lee, called for an inquiry into pricing by the energy firms.",
        "Ann Lee also called on ministers to cap standing charges before the winter.",
        "Ann Lee urged the regulator should act before the winter.");
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    List<Quote> qs = run(f, lee);
    assertTrue(qs.isEmpty(), () -> texts(qs).toString());
  }
}
