package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 28 (invented sentences): 'a spokesman for X', 'an aide to X', 'a close friend of X' before the
 * cue speak themselves, unnamed; the person after the preposition only says whose relation they are.
 */
class QuoteEnglishRound28Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void spokesmanForAPersonIsUnnamed() {
    var f = fields("Budget row",
        "A spokesman for Mr Jonah Pell said the minister would answer questions in the chamber next week.");
    List<Quote> quotes = run(f, person("P1", "Jonah Pell", f, "Jonah Pell"));
    Quote q = startingWith(quotes, "the minister would answer");
    assertNull(speakerName(q));
    assertEquals("A spokesman for Mr Jonah Pell", speakerText(q));
  }

  @Test
  void aideToATitledPersonIsUnnamed() {
    var f = fields("Farm bill",
        "An aide to Trade Secretary Ruth Okafor told reporters that the bill would not reach the floor this month.");
    List<Quote> quotes = run(f, person("P1", "Ruth Okafor", f, "Ruth Okafor"));
    assertNull(speakerName(startingWith(quotes, "the bill would not reach")));
  }

  @Test
  void closeAssociateOfAFormerBossIsUnnamed() {
    var f = fields("Trial",
        "A close associate of former bank boss Ivan Morel has told a court that the charges against him are false.");
    List<Quote> quotes = run(f, person("P1", "Ivan Morel", f, "Ivan Morel"));
    assertNull(speakerName(startingWith(quotes, "the charges against him")));
  }

  @Test
  void personNamedWithoutARelationStillSpeaks() {
    var f = fields("Budget row",
        "Finance minister Jonah Pell said the budget would be balanced by the end of next year.");
    List<Quote> quotes = run(f, person("P1", "Jonah Pell", f, "Jonah Pell"));
    assertEquals("Jonah Pell", speakerName(startingWith(quotes, "the budget would be balanced")));
  }

  @Test
  void letterToAPersonIsNoRelation() {
    var f = fields("Resignation",
        "Councillor Mary Dunn, in a letter to Tom Hale, said she would step down at the end of the month.");
    List<Quote> quotes = run(f, person("P1", "Mary Dunn", f, "Mary Dunn"), person("P2", "Tom Hale", f, "Tom Hale"));
    assertEquals("Mary Dunn", speakerName(startingWith(quotes, "she would step down")));
  }
}
