package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 25: the future's 'will' between a subject and its cue belongs to the verb, not to the
 * subject ('Mr X will argue that', '"…," he will say', 'The party leader will also call for …, arguing
 * that'), 'would' is not stepped over; a place after 'in' right before the cue only says where the
 * subject stands ('the X Group in Leeds said'); a person named before 'of the' + body speaks, not the body
 * ('X of the Y told') (invented sentences).
 */
class QuoteEnglishRound25Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void willBetweenSubjectAndCueIsSteppedOver() {
    var f = fields("Rail speech",
        "Omar Haddad is to give a speech in Leeds on Monday.",
        "Mr Haddad will argue that the railways need more money. \"We cannot wait any longer,\" he will say.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad", "Haddad"));
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "the railways need")));
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "We cannot wait")));
  }

  @Test
  void willEndsTheSubjectOfAParticipleCue() {
    var f = fields("Rail speech",
        "The party leader will also call for calm, arguing that fares are too high.");
    List<Quote> quotes = run(f);
    assertEquals("The party leader", speakerText(startingWith(quotes, "fares are too high")));
  }

  @Test
  void wouldIsNotSteppedOver() {
    var f = fields("Tax plans",
        "Neither Omar Haddad nor Tom Baker would say how the money will be used.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"), person("P2", "Tom Baker", f, "Tom Baker"));
    for (Quote q : quotes) {
      assertNotEquals("Tom Baker", speakerName(q));
    }
  }

  @Test
  void aCapitalisedWillIsAName() {
    var f = fields("Columnist's view",
        "The columnist George Will wrote about the race on Sunday. Will claims the plan is sound.");
    List<Quote> quotes = run(f, person("P1", "George Will", f, "George Will"));
    assertEquals("Will", speakerText(startingWith(quotes, "the plan is sound"))); // the subject, not stepped over
  }

  @Test
  void aPlaceAfterInBeforeTheCueIsSteppedOver() {
    var f = fields("Stake sold",
        "The Brightwater Group in Leeds said it had sold its stake in the mill.");
    List<Quote> quotes = run(f, entity("O1", EntityType.ORGANIZATION, "Brightwater Group", f, "Brightwater Group"),
        entity("L1", EntityType.PLACE, "Leeds", f, "Leeds"));
    assertEquals("Brightwater Group", speakerName(startingWith(quotes, "it had sold")));
  }

  @Test
  void aPlaceThatIsTheSubjectStays() {
    var f = fields("Games bid",
        "Leeds said it would bid for the games in 2030.");
    List<Quote> quotes = run(f, entity("L1", EntityType.PLACE, "Leeds", f, "Leeds"));
    assertEquals("Leeds", speakerText(startingWith(quotes, "it would bid")));
  }

  @Test
  void aPersonOfTheBodySpeaks() {
    var f = fields("Line to reopen",
        "Omar Haddad of the Transit Authority told reporters that the line would reopen in May.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"),
        entity("O1", EntityType.ORGANIZATION, "Transit Authority", f, "Transit Authority"));
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "the line would reopen")));
  }

  @Test
  void aRoleOfTheBodyLeavesTheBody() {
    var f = fields("Line to reopen",
        "The chairman of the Transit Authority told reporters that the line would reopen in May.");
    List<Quote> quotes = run(f, entity("O1", EntityType.ORGANIZATION, "Transit Authority", f, "Transit Authority"));
    assertEquals("Transit Authority", speakerName(startingWith(quotes, "the line would reopen")));
  }
}
