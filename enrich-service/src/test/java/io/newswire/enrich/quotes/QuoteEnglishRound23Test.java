package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 23: a sentence that opens with a name and a comma-closed appositive ('Ann Lee, editor of
 * X, said several …') has its subject before the verb, so the words after it are the clause, not the name
 * an inverted '…, said Y' would report; 'said last week it …' steps over the time adjunct; a cue set off by
 * commas inside its sentence ('In some towns, he said, …') reports the whole sentence, or only the words
 * before it when the narrator goes on ('…, the bank said, and …'); after 'said'/'says'/'argued' with its subject
 * right before it, a bare clause may open with any noun ('Kodak said sales rose …'), but not with an object such
 * verbs take, a preposition or a relative's own verb (invented sentences).
 */
class QuoteEnglishRound23Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aNameAndItsAppositiveAreTheSubjectNotAClause() {
    var f = fields("Tractor prize",
        "Jane Fowler, deputy editor of Field Weekly, said several new tractors helped the firm win the prize.",
        "Omar Haddad, of the Growers Union, said members were angry about the levy.");
    List<Quote> quotes = run(f, person("P1", "Jane Fowler", f, "Jane Fowler"), person("P2", "Omar Haddad", f, "Omar Haddad"));
    Quote q = startingWith(quotes, "several new tractors helped");
    assertEquals(QuoteKind.INDIRECT, q.getKind());
    assertEquals("Jane Fowler", speakerName(q));
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "members were angry")));
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("Jane Fowler") || t.startsWith("Omar Haddad")),
        texts(quotes).toString());
  }

  @Test
  void anInvertedCueAfterAClauseStillReportsIt() {
    var f = fields("Tractor prize",
        "Prices of new tractors will rise sharply, said Jane Fowler, deputy editor of Field Weekly.");
    Quote q = startingWith(run(f, person("P1", "Jane Fowler", f, "Jane Fowler")), "Prices of new tractors");
    assertEquals("Jane Fowler", speakerName(q));
  }

  @Test
  void aVerbThatTakesAnObjectKeepsItAfterAnAppositive() {
    var f = fields("Harbour plan",
        "Ruth Okafor, the harbour board chair, announced plans for three new berths at the meeting.");
    List<Quote> quotes = run(f, person("P1", "Ruth Okafor", f, "Ruth Okafor"));
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("plans for") || t.startsWith("Ruth Okafor")),
        texts(quotes).toString());
  }

  @Test
  void aTimeAdjunctWithItsNounIsSteppedOver() {
    var f = fields("Plant jobs",
        "Northwind Mills said last week it would cut 300 jobs at its plant in Leeds.");
    Quote q = startingWith(run(f), "it would cut 300 jobs");
    assertEquals(QuoteKind.INDIRECT, q.getKind());
  }

  @Test
  void aCueSetOffByCommasReportsTheWholeSentence() {
    var f = fields("Building permits",
        "Omar Haddad said the planning board would meet again on Monday.",
        "In some towns, he said, permission to build a second storey was hard to get.",
        "However, he said, most builders had already cut their prices.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"));
    Quote first = startingWith(quotes, "In some towns, he said, permission");
    assertTrue(first.getText().toString().endsWith("hard to get"), first.getText().toString());
    assertEquals("Omar Haddad", speakerName(first));
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "However, he said, most builders")));
  }

  @Test
  void theNarratorGoingOnAfterTheCueEndsTheClauseBeforeIt() {
    var f = fields("House prices",
        "House prices have risen 2% this year, the bank said, and if this pace persists they will double.",
        "The growth estimate was cut again, the paper said, taking into account higher fuel costs.");
    List<Quote> quotes = run(f);
    assertEquals("House prices have risen 2% this year", startingWith(quotes, "House prices").getText().toString());
    assertEquals("The growth estimate was cut again", startingWith(quotes, "The growth estimate").getText().toString());
  }

  @Test
  void aQuotationOrAConjunctionBeforeTheCueIsNoParenthetical() {
    var f = fields("House prices",
        "\"Prices will fall,\" she said, \"and buyers will come back.\"",
        "Rents rose in the north, as the agency said, while they fell in the south.");
    List<Quote> quotes = run(f);
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("Rents rose")), texts(quotes).toString());
    assertFalse(texts(quotes).stream().anyMatch(t -> t.contains("she said")), texts(quotes).toString());
  }

  @Test
  void aBareClauseMayOpenWithAnyNounAfterSaid() {
    var f = fields("Mill results",
        "Northwind Mills said sales rose 5% in the quarter.",
        "Mr Haddad said more than 300 growers voted for the levy.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Mr Haddad"));
    assertEquals(QuoteKind.INDIRECT, startingWith(quotes, "sales rose 5%").getKind());
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "more than 300 growers voted")));
  }

  @Test
  void objectsPrepositionsAndRelativeVerbsOpenNoClause() {
    var f = fields("Mill results",
        "The minister said sorry to the families of the workers.",
        "Defence lawyers argued against the bid to publish the list of jurors.",
        "The striker added two more goals before half-time.",
        "The council, which the mayor said wants a new harbour, met on Monday.");
    List<Quote> quotes = run(f);
    assertTrue(quotes.isEmpty(), texts(quotes).toString());
  }
}
