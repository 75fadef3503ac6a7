package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 28 (invented sentences): 'a spokesman for X', 'an aide to X', 'a close friend of X' before the
 * cue speak themselves, unnamed; the person after the preposition only says whose relation they are. A
 * quotation never closed ends before the sentence whose colon opens the next one ('X said: "…'), so that cue
 * stays narrative and gives the next quotation its own speaker.
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

  @Test
  void unclosedQuotationEndsBeforeTheNextColonCue() {
    var f = fields("Derby",
        "Tom Reyes said: \"We played well. We were unlucky in the end. The coach will start the same side. "
            + "Manager Ann Kowal said: \"We need one more striker before the window shuts.\"");
    List<Quote> quotes = run(f, person("P1", "Tom Reyes", f, "Tom Reyes"), person("P2", "Ann Kowal", f, "Ann Kowal"));
    assertEquals("Ann Kowal", speakerName(startingWith(quotes, "We need one more striker")));
    assertEquals("Tom Reyes", speakerName(startingWith(quotes, "We played well")));
    assertTrue(!startingWith(quotes, "We played well").getText().toString().contains("Kowal said"));
  }

  @Test
  void reopenedQuotationAfterASentenceEndIsUnchanged() {
    var f = fields("Derby",
        "Tom Reyes said: \"We played well. \"We were unlucky in the end,\" he added.");
    List<Quote> quotes = run(f, person("P1", "Tom Reyes", f, "Tom Reyes"));
    assertEquals("Tom Reyes", speakerName(startingWith(quotes, "We were unlucky")));
    assertTrue(!startingWith(quotes, "We played well").getText().toString().contains("unlucky"));
  }
}
