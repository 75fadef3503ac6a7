package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 36 (invented sentences): the bare 'claim' and 'predict' report a clause right after a
 * plural subject ('the firm's lawyers claim the deal was void', 'analysts predict the pound will …'), and
 * are no cue as a noun, an infinitive, before an object or inside a sentence another verb attributes.
 */
class QuoteEnglishRound36Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields) {
    return extractor.extract(fields, "en", List.of());
  }

  @Test
  void bareClaimAfterPluralSubjectReportsAClause() {
    var f = fields("Mill sale", "The firm's lawyers claim the sale of the mill was void because the board never met.");
    Quote q = startingWith(run(f), "the sale of the mill was void");
    assertEquals("lawyers", speakerText(q).substring(speakerText(q).length() - 7));
  }

  @Test
  void barePredictAfterPluralPronounReportsAClause() {
    var f = fields("Pound", "Dealers are cautious. They predict the pound will fall again next week.");
    assertTrue(anyStartsWith(run(f), "the pound will fall again"));
  }

  @Test
  void nounInfinitiveAndObjectAreNoCue() {
    var f = fields("Vote row",
        "The minister rejected a claim the vote was rigged.",
        "Rebels claim to be the lawful government of the province.",
        "Rivals claim a win in the northern seats.",
        "It is too early to predict the result will stand.");
    List<Quote> quotes = run(f);
    assertFalse(anyStartsWith(quotes, "to be the lawful"));
    assertFalse(anyStartsWith(quotes, "a win in the northern"));
    assertFalse(anyStartsWith(quotes, "the result will stand"));
  }

  @Test
  void claimInsideAnAttributedSentenceIsNoCue() {
    var f = fields("Budget", "The savings, they claim, would pay for the new hospital, the party said on Monday.");
    assertFalse(anyStartsWith(run(f), "would pay for the new hospital"));
  }
}
