package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 20: English opinion verbs after the one who holds the view, an addressee named by a
 * common noun before the reported clause, and a trailing cue followed by a prepositional adjunct or an
 * inverted subject with its appositive (invented sentences).
 */
class QuoteEnglishRound20Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  private static boolean anyStartingWith(List<Quote> quotes, String prefix) {
    return texts(quotes).stream().anyMatch(t -> t.startsWith(prefix));
  }

  @Test
  void anOpinionAfterANamedPersonIsReported() {
    var f = fields("Derby preview",
        "Harbour City coach Ilse Brandt believes her side can win at Kingsmead on Saturday.");
    Quote q = startingWith(run(f, person("P1", "Ilse Brandt", f, "Ilse Brandt")), "her side can win");
    assertEquals(QuoteKind.INDIRECT, q.getKind());
    assertEquals("Ilse Brandt", speakerName(q));
  }

  @Test
  void theHeSaidAfterAnOpinionIsTheHolders() {
    var f = fields("Derby preview",
        "Coach Pavel Novak said the pitch was heavy. But winger Tomas Reyes believes the side is close to its best.",
        "\"We trained well all week,\" he said.");
    List<Quote> quotes = run(f, person("P1", "Pavel Novak", f, "Pavel Novak"), person("P2", "Tomas Reyes", f, "Tomas Reyes"));
    assertEquals("Tomas Reyes", speakerName(startingWith(quotes, "We trained well")));
  }

  @Test
  void hopesWithNoHolderIsANoun() {
    var f = fields("Drug delay",
        "Despite hopes of an early licence, a string of delays has put back the launch of the new inhaler.");
    assertTrue(ofKind(run(f), QuoteKind.INDIRECT).isEmpty());
  }

  @Test
  void anAddresseeNamedByACommonNounIsSteppedOver() {
    var f = fields("STAKE FILING",
        "Marlow Holdings told the Securities and Exchange Commission it may seek a seat on the board.");
    Entity marlow = entity("O1", EntityType.ORGANIZATION, "Marlow Holdings", f, "Marlow Holdings");
    Quote q = startingWith(run(f, marlow), "it may seek a seat");
    assertEquals("Marlow Holdings", speakerName(q));
  }

  @Test
  void aNounAfterTheAddresseeIsNoClause() {
    var f = fields("Trial",
        "The witness told the court the night of the fire in detail.");
    assertFalse(anyStartingWith(run(f), "the night of the fire"));
  }

  @Test
  void aTrailingCueWithAPrepositionalAdjunctKeepsTheClauseBefore() {
    var f = fields("RICE OUTPUT SEEN HIGHER",
        "Laos's rice output is expected to rise this year, the Dutch ministry said in its yearly review of the fishing trade.");
    List<Quote> quotes = run(f);
    Quote q = startingWith(quotes, "Laos's rice output is expected");
    assertTrue(q.getText().toString().endsWith("this year"));
    assertFalse(anyStartingWith(quotes, "its yearly review"));
  }

  @Test
  void theObjectOfAPrepositionAfterTheCueIsNoSpeaker() {
    var f = fields("CUSTOMS TALKS STALL",
        "Talks on a shared customs code look stalled for now, two envoys from the member states said after a working group meeting.");
    Quote q = startingWith(run(f), "Talks on a shared customs code");
    assertFalse(String.valueOf(q.getSpeaker() == null ? null : q.getSpeaker().getText()).contains("meeting"));
  }

  @Test
  void aTrailingCueWithAnInvertedSubjectAndItsAppositive() {
    var f = fields("BOND BROKERS SEEN OPENING SCREENS",
        "Bond brokers are likely to open their screens to more dealers within a year, said Karl Mertens, chairman of Delta Brokerage.");
    Entity karl = person("P1", "Karl Mertens", f, "Karl Mertens");
    Quote q = startingWith(run(f, karl), "Bond brokers are likely");
    assertTrue(q.getText().toString().endsWith("within a year"));
    assertEquals("Karl Mertens", speakerName(q));
  }

  @Test
  void aClauseAfterTheStatementAdjunctOpensWithItsPronoun() {
    var f = fields("TRADE BODY BACKS LABEL PLAN",
        "BRUSSELS, March 4 - The Nordic Trade Council said it backed a new food label.",
        "It said in a statement it would ask member states to adopt the label within a year.");
    Entity council = entity("O1", EntityType.ORGANIZATION, "Nordic Trade Council", f, "Nordic Trade Council");
    Quote q = startingWith(run(f, council), "it would ask member states");
    assertEquals(QuoteKind.INDIRECT, q.getKind());
    assertEquals("Nordic Trade Council", speakerName(q));
  }
}
