package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 29 (invented sentences): a speaker the entity step did not find keeps a name when the cue's
 * subject is one: a given name and capitalised words after any titles or roles, or a bare surname the
 * article writes in full elsewhere; a later 'he said' goes on with that name.
 */
class QuoteEnglishRound29Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void coachWithGivenNameIsNamed() {
    var f = fields("Cup tie",
        "A proud coach Gareth Pennock said the young side had earned its place in the final.",
        "\"We will go there to win,\" he said.");
    List<Quote> quotes = run(f);
    assertEquals("Gareth Pennock", speakerName(startingWith(quotes, "the young side")));
    assertEquals("Gareth Pennock", speakerName(startingWith(quotes, "We will go there")));
  }

  @Test
  void titledOfficialWithGivenNameIsNamed() {
    var f = fields("Fraud case",
        "County prosecutor Helen Marwick said the two men had sold forged tickets for three years.");
    assertEquals("Helen Marwick", speakerName(startingWith(run(f), "the two men")));
  }

  @Test
  void bareSurnameTakesTheFullFormWrittenBefore() {
    var f = fields("Singer robbed",
        "Thieves broke into the house of singer Helen Trebbin on Sunday.",
        "\"I woke up and the paintings were gone,\" Trebbin said.");
    assertEquals("Helen Trebbin", speakerName(startingWith(run(f), "I woke up")));
  }

  @Test
  void surnameOfTwoRelativesKeepsTheSurnameOnly() {
    var f = fields("Burglary",
        "Thieves broke into the house of Helen Trebbin and Simon Trebbin on Sunday.",
        "\"I woke up and the paintings were gone,\" Trebbin said.");
    // no full form (two given names), but the surname is a proper noun the article capitalises mid-sentence
    assertEquals("Trebbin", speakerName(startingWith(run(f), "I woke up")));
  }

  @Test
  void possessiveSurnameIsNoSpeaker() {
    var f = fields("Inquiry",
        "Committee member Helen Trebbin said the report was late.",
        "\"Even so, Mr Trebbin's team did its best,\" she said.");
    assertEquals("Helen Trebbin", speakerName(startingWith(run(f), "Even so")));
  }

  @Test
  void bodyOpeningWithAGivenNameIsNoPerson() {
    var f = fields("Shoes",
        "Sandra Pellow Group said its sales had risen by a tenth over the winter.");
    assertNull(speakerName(startingWith(run(f), "its sales")));
  }

  @Test
  void capitalisedWordsWithoutAGivenNameStayUnnamed() {
    var f = fields("Roads",
        "Transport Campaigners said the new bypass would cut journeys by half.");
    assertNull(speakerName(startingWith(run(f), "the new bypass")));
  }

  @Test
  void bareSurnameNeverWrittenInFullStaysUnnamed() {
    var f = fields("Match",
        "\"We were the better side,\" Trebbin said.");
    assertNull(speakerName(startingWith(run(f), "We were the better")));
  }

  @Test
  void speakerTheEntityStepFoundIsUnchanged() {
    var f = fields("Budget",
        "Finance minister Jonah Pell said the budget would be balanced next year.");
    List<Quote> quotes = run(f, person("P1", "Jonah Pell", f, "Jonah Pell"));
    assertEquals("Jonah Pell", speakerName(startingWith(quotes, "the budget would")));
  }

  @Test
  void firmCapitalisedInMidSentenceIsNamed() {
    var f = fields("Chips",
        "Shares in Tavrolux rose on Monday.",
        "In a statement, Tavrolux said its new plant would open in the spring.");
    assertEquals("Tavrolux", speakerName(startingWith(run(f), "its new plant")));
  }

  @Test
  void wordCapitalisedOnlyAtASentenceStartIsNoName() {
    var f = fields("Phones",
        "Handsets are getting cheaper.",
        "Handsets makers said prices would fall again next year.");
    assertNull(speakerName(startingWith(run(f), "prices would fall")));
  }

  @Test
  void pluralPeopleAfterTheArticleStayUnnamed() {
    var f = fields("Talks",
        "Talks with the Veltrians resumed on Monday.",
        "The Veltrians said they would not attend the next round.");
    assertNull(speakerName(startingWith(run(f), "they would not attend")));
  }

  @Test
  void lastWordOfALongerNameIsNoName() {
    String cut = "Anna Pell of Friends of Tavrolux said the money would go to schools.";
    assertTrue(EnglishUnlinkedNames.cutFromLongerName("Tavrolux", cut, cut.indexOf(" said")));
    String whole = "In a statement, Tavrolux said its new plant would open.";
    assertFalse(EnglishUnlinkedNames.cutFromLongerName("Tavrolux", whole, whole.indexOf(" said")));
  }
}
