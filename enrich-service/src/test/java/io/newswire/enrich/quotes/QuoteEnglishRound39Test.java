package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 39 (invented sentences): 'called'/'calls'/'calling' name or judge an object and open no clause. */
class QuoteEnglishRound39Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields) {
    return extractor.extract(fields, "en", List.of());
  }

  private static boolean anyIndirect(List<Quote> qs) {
    return qs.stream().anyMatch(q -> q.getKind() == QuoteKind.INDIRECT);
  }

  @Test
  void aProductCalledXOpensNoClause() {
    var f = fields("Radio", "The bank set up a savings service in 1992 called Nest Egg Accounts that now serves more savers than any other.");
    List<Quote> qs = run(f);
    assertFalse(anyIndirect(qs), texts(qs).toString());
  }

  @Test
  void aFirmCalledXBeforeThatOpensNoClause() {
    var f = fields("Strike", "The council hired a firm called Brightway to ensure that the new bins reach every street.");
    List<Quote> qs = run(f);
    assertFalse(anyIndirect(qs), texts(qs).toString());
  }

  @Test
  void saidStillOpensItsClauseBesideANaming() {
    var f = fields("Radio", "The company, which runs a site called Tunebox, said it would double its staff next year.");
    List<Quote> qs = run(f);
    assertTrue(anyStartsWith(qs, "it would double its staff"), texts(qs).toString());
  }
}
