package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 26: a possessive's head speaks after an inverted cue even when the owner was read as a
 * person; a description with a lower-case plural head names no single entity; 'the firm' left unresolved
 * goes to the business the headline names; a name opened by a rank, or a given name and surname, before
 * 'of/at/from' + a body speaks, not the body (invented sentences).
 */
class QuoteEnglishRound26Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aPossessivesHeadSpeaksEvenAfterABandReadAsAPerson() {
    var f = fields("Tour dates",
        "\"We can hardly wait to play in Hull again,\" said Glass Harbour's Tom Baker.");
    List<Quote> quotes = run(f, person("P1", "Glass Harbour", f, "Glass Harbour"), person("P2", "Tom Baker", f, "Tom Baker"));
    assertEquals("Tom Baker", speakerName(startingWith(quotes, "We can hardly wait")));
  }

  @Test
  void anOwnerWithNoPersonAfterItStays() {
    var f = fields("Tour dates",
        "\"We can hardly wait to play in Hull again,\" said Glass Harbour's singer.");
    List<Quote> quotes = run(f, person("P1", "Glass Harbour", f, "Glass Harbour"));
    assertEquals("Glass Harbour", speakerName(startingWith(quotes, "We can hardly wait")));
  }

  @Test
  void aPluralDescriptionNamesNoSingleBody() {
    var f = fields("Joint venture",
        "Norvale Foods and Kestrel Mills are to build a plant in Derby.",
        "The firms said they hoped to open it next year.");
    List<Quote> quotes = run(f, entity("O1", EntityType.ORGANIZATION, "Norvale Foods", f, "Norvale Foods"),
        entity("O2", EntityType.ORGANIZATION, "Kestrel Mills", f, "Kestrel Mills"));
    assertNull(speakerName(startingWith(quotes, "they hoped")));
  }

  @Test
  void aSingularDescriptionStillGoesToTheBody() {
    var f = fields("New plant",
        "Norvale Foods is to build a plant in Derby.",
        "The firm said it hoped to open it next year.");
    List<Quote> quotes = run(f, entity("O1", EntityType.ORGANIZATION, "Norvale Foods", f, "Norvale Foods"));
    assertEquals("Norvale Foods", speakerName(startingWith(quotes, "it hoped")));
  }

  @Test
  void theFirmGoesToTheBusinessTheHeadlineNames() {
    var f = fields("Zentrix cuts 300 jobs",
        "Zentrix is to close its plant in Derby.",
        "Workers at Zentrix's other sites are not affected. The firm said demand had fallen sharply.");
    List<Quote> quotes = run(f, entity("L1", EntityType.PLACE, "Derby", f, "Derby"));
    assertEquals("Zentrix", speakerName(startingWith(quotes, "demand had fallen")));
  }

  @Test
  void theFirmFindsNoNameInAHeadlineWithoutOne() {
    var f = fields("Weak sales hit toy maker",
        "A toy maker in Derby is to close one of its shops.",
        "Weak sales were blamed. The firm said demand had fallen sharply.");
    List<Quote> quotes = run(f, entity("L1", EntityType.PLACE, "Derby", f, "Derby"));
    assertNull(speakerName(startingWith(quotes, "demand had fallen")));
  }

  @Test
  void aSurnameInTheHeadlineIsNoFirm() {
    var f = fields("Actor Lee is new Bond favourite",
        "A bookmaker has stopped taking bets on the next James Bond.",
        "The next Bond film is due next year. The firm said large bets had been placed.");
    List<Quote> quotes = run(f, person("P1", "James Bond", f, "James Bond", "Bond"));
    assertNull(speakerName(startingWith(quotes, "large bets")));
  }

  @Test
  void aRankedNameBeforeOfTheBodySpeaks() {
    var f = fields("Road reopened",
        "Lt Col Sam Ward of the Works Office told reporters the road was open again.");
    List<Quote> quotes = run(f, entity("O1", EntityType.ORGANIZATION, "Works Office", f, "Works Office"));
    assertEquals("Lt Col Sam Ward", speakerText(startingWith(quotes, "the road was open")));
  }

  @Test
  void aNameBeforeFromABodyReadAsAPersonSpeaks() {
    var f = fields("Cash machines",
        "But Mr Hurst from Teller Systems Research said the risk was low.");
    List<Quote> quotes = run(f, person("P1", "Teller Systems Research", f, "Teller Systems Research"));
    assertEquals("Mr Hurst", speakerText(startingWith(quotes, "the risk was low")));
  }

  @Test
  void aRoleBeforeOfTheBodyLeavesTheBody() {
    var f = fields("Road reopened",
        "The head of the Works Office told reporters the road was open again.");
    List<Quote> quotes = run(f, entity("O1", EntityType.ORGANIZATION, "Works Office", f, "Works Office"));
    assertEquals("Works Office", speakerName(startingWith(quotes, "the road was open")));
  }
}
