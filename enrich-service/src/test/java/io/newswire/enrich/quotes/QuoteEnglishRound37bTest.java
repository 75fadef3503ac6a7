package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 37b (invented sentences): 'told' may put a long addressee with a place and a time before its 'that', but a
 * 'that' after the clause has begun is the clause's own.
 */
class QuoteEnglishRound37bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void toldALongAddresseeThat() {
    var f = fields("Security",
        "General Omar Dani told a meeting of the ruling party in the capital yesterday that the border was now calm.");
    Entity dani = person("p1", "Omar Dani", f, "Omar Dani");
    Quote q = startingWith(run(f, dani), "the border was now calm");
    assertEquals("Omar Dani", speakerName(q));
  }

  @Test
  void thatInsideAnAlreadyOpenedClauseIsItsOwn() {
    var f = fields("Budget",
        "Senator Ann Moore told the finance committee on Tuesday there would be several tax proposals that could be debated.");
    Entity moore = person("p1", "Ann Moore", f, "Ann Moore");
    assertFalse(anyStartsWith(run(f, moore), "could be debated"));
  }
}
