package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 53b (invented sentences): a request's clause ends before the statement the sentence goes on to
 * (', saying …', ', but …', 'and said …', a trailing '…, X told Reuters'), and a 'called for' that is a firm's
 * redemption, a side's offside appeal or a forecast's figures is no request.
 */
class QuoteEnglishRound53bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aRequestEndsBeforeTheStatementAfterIt() {
    var f = fields("Library closures",
        "Ann Lee urged the council to reopen the library, saying the closure had hurt pupils in the area.",
        "Ann Lee also called on the ministry to cut the fees, but vowed to keep paying them herself.",
        "Ann Lee called on the school board to act and said if the levy stayed poorer families would leave the town.",
        "Parents are calling for a new head teacher, Ann Lee told Reuters.");
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    List<Quote> qs = run(f, lee);
    for (String request : List.of("the council to reopen the library", "the ministry to cut the fees",
        "the school board to act", "a new head teacher")) {
      Quote q = indirectStarting(qs, request);
      assertNotNull(q, () -> request + " not in " + texts(qs));
      assertEquals(request, q.getText().toString());
    }
    for (String statement : List.of("the closure had hurt pupils", "if the levy stayed")) {
      Quote q = indirectStarting(qs, statement);
      assertNotNull(q, () -> statement + " not in " + texts(qs));
      assertEquals("Ann Lee", speakerName(q));
    }
  }

  @Test
  void aCallForThatAsksNothingIsNoRequest() {
    var f = fields("Notes and matches",
        "Acme Holdings called for redemption of all its outstanding sinking fund debentures due 2004.",
        "Delta Textiles called for a rights issue to raise 40 mln dlrs for its new mill.",
        "The average forecast called for a 300 mln dlr rise in the money supply.",
        "The home side called for offside against the striker but the referee waved play on.");
    List<Quote> qs = run(f);
    for (String wrong : List.of("redemption", "a rights issue", "a 300 mln", "offside")) {
      assertFalse(anyStartsWith(qs, wrong), () -> wrong + " in " + texts(qs));
    }
  }
}
