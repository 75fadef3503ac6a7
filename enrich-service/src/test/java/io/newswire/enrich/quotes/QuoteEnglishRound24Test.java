package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 24: 'He'/'She' opening a sentence refers to the named person who is the subject of the
 * sentence before, though someone else spoke last, but not after an abbreviation's false sentence end; a quotation with no cue that opens a sentence goes to the
 * named person who is the subject of the sentence before it ('X criticised the plans. "…"'), not after an
 * abbreviation's false sentence end ('Sen. and …') (invented sentences).
 */
class QuoteEnglishRound24Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aPronounOpeningAParagraphTakesThePreviousSubject() {
    var f = fields("Derby row",
        "\"Tom made a mistake and he knows it,\" said Omar Haddad. Tom Baker has apologised to the referee.",
        "He said: \"I am sorry for what happened on Saturday.\"");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"), person("P2", "Tom Baker", f, "Tom Baker"));
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "Tom made a mistake")));
    assertEquals("Tom Baker", speakerName(startingWith(quotes, "I am sorry")));
  }

  @Test
  void aPronounInsideAParagraphTakesThePreviousSubject() {
    var f = fields("Budget talks",
        "Omar Haddad said the council would vote on Monday. Mrs Jane Fowler also wrote to the mayor about the levy. "
            + "She said the levy would hurt small shops.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"), person("P2", "Jane Fowler", f, "Jane Fowler"));
    assertEquals("Jane Fowler", speakerName(startingWith(quotes, "the levy would hurt")));
  }

  @Test
  void aPronounAfterAnAbbreviationIsNoNewSentence() {
    var f = fields("Pension plans",
        "\"The changes are modest,\" said former Sen. and Tom Baker ally Omar Haddad. He said nobody would lose out.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"), person("P2", "Tom Baker", f, "Tom Baker"));
    assertNotEquals("Tom Baker", speakerName(startingWith(quotes, "nobody would lose")));
  }

  @Test
  void anUncuedQuotationTakesThePreviousSubject() {
    var f = fields("Pension plans",
        "\"The changes are modest,\" said Omar Haddad. But Tom Baker, the union leader, criticised the plans. "
            + "\"Nobody should lose a pension this way.\"");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"), person("P2", "Tom Baker", f, "Tom Baker"));
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "The changes are modest")));
    assertEquals("Tom Baker", speakerName(startingWith(quotes, "Nobody should lose")));
  }

  @Test
  void anUncuedQuotationAfterAnAbbreviationStaysWithTheSpeaker() {
    var f = fields("Pension plans",
        "\"The changes are modest,\" said former Sen. and Tom Baker ally Omar Haddad. \"Nobody will lose out.\"");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"), person("P2", "Tom Baker", f, "Tom Baker"));
    assertNotEquals("Tom Baker", speakerName(startingWith(quotes, "Nobody will lose")));
  }
}
