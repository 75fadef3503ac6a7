package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 38 (invented sentences): reported clauses without 'that' opened by a condition, by a noun after a time
 * adjunct or by the determiner the adjunct list holds; an appositive holding a Reuters firm name in angle brackets.
 */
class QuoteEnglishRound38Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void saidIfOpensTheClause() {
    var f = fields("Ports", "Harbour chief Tom Reilly said if the strike went on the port would close within a week.");
    Entity reilly = person("p1", "Tom Reilly", f, "Tom Reilly");
    Quote q = startingWith(run(f, reilly), "if the strike went on");
    assertEquals("Tom Reilly", speakerName(q));
  }

  @Test
  void notSaidIfAsksWhether() {
    var f = fields("Ruling", "The ministry has not said if it will appeal against the ruling.");
    assertFalse(anyStartsWith(run(f), "if it will appeal"));
  }

  @Test
  void nounSubjectAfterATimeAdjunct() {
    var f = fields("Growth", "A bank report said last month Norway could reach four pct growth next year.");
    assertEquals(true, anyStartsWith(run(f), "Norway could reach four pct growth"));
  }

  @Test
  void determinerFromTheAdjunctListOpensTheClause() {
    var f = fields("Virus", "Security firm Norbex said this trick of hiding the code was meant to fool filters.");
    Entity norbex = entity("o1", EntityType.ORGANIZATION, "Norbex", f, "Norbex");
    Quote q = startingWith(run(f, norbex), "this trick of hiding the code");
    assertEquals("Norbex", speakerName(q));
  }

  @Test
  void appositiveWithAnAngleBracketedFirm() {
    var f = fields("Reserves",
        "Anna Berg, chief economist at the <Nordic Trust Bank Ltd>, said strong exports and low rates helped the rise.");
    Entity berg = person("p1", "Anna Berg", f, "Anna Berg");
    Quote q = startingWith(run(f, berg), "strong exports and low rates");
    assertEquals("Anna Berg", speakerName(q));
  }

  @Test
  void clauseAfterAnAddresseeClosedByATime() {
    var f = fields("Talks",
        "Deputy minister Jan Nowak told the state news agency yesterday the talks were a step towards new credits.");
    Entity nowak = person("p1", "Jan Nowak", f, "Jan Nowak");
    Quote q = startingWith(run(f, nowak), "the talks were a step");
    assertEquals("Jan Nowak", speakerName(q));
  }

  @Test
  void nounClauseAfterATimedAddresseeKeepsItsInnerThat() {
    var f = fields("Elections",
        "The commission chairman Paul Hart told MPs on Tuesday care was needed to ensure that voters were not misled.");
    List<Quote> qs = run(f, person("p1", "Paul Hart", f, "Paul Hart"));
    assertEquals(true, anyStartsWith(qs, "care was needed"));
    assertFalse(anyStartsWith(qs, "voters were not misled"));
  }
}
