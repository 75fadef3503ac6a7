package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 45 (invented sentences): a cue word after an article is a noun phrase's word, not a verb of saying. */
class QuoteEnglishRound45Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aCueAfterAnArticleReportsNothing() {
    var f = fields("Harbour shares", "Shares of Harbour Mills rose after a repeated recommendation by a local broker "
        + "that focused on its strong cash flow, dealers said.", "The reported sale of its mill was denied.");
    List<Quote> qs = run(f);
    assertFalse(anyStartsWith(qs, "focused on its strong"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "sale of its mill"), texts(qs).toString());
  }
}
