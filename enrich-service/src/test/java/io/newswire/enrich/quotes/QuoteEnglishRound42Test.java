package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 42 (invented sentences): 'estimate(s) that', 'contend(s) that' and 'reckon(s) that' report a clause; the
 * noun 'estimates', the verbs without 'that' and the base forms without a plural subject report none.
 */
class QuoteEnglishRound42Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields) {
    return extractor.extract(fields, "en", List.of());
  }

  @Test
  void estimatesThatOpensAClause() {
    var f = fields("Chips", "Chip sales rose again in the spring. Gartner estimates that sales of memory chips will double by 2010.");
    Quote q = startingWith(run(f), "sales of memory chips will double by 2010");
    assertEquals("Gartner", q.getSpeaker().getText().toString());
  }

  @Test
  void pluralContendAndReckonThatOpenAClause() {
    var f = fields("Trial", "The trial opened in Boston on Monday. Defence lawyers contend that the evidence was gathered illegally.",
        "The pound fell on Tuesday. Traders reckon that the central bank will cut rates in May.");
    List<Quote> qs = run(f);
    startingWith(qs, "the evidence was gathered illegally");
    startingWith(qs, "the central bank will cut rates in May");
  }

  @Test
  void adverbBeforeTheVerbStaysOutOfTheSpeaker() {
    var f = fields("Blogs", "Blogging has grown fast this year. Technorati now reckons that there are ten million blogs.");
    Quote q = startingWith(run(f), "there are ten million blogs");
    assertEquals("Technorati", q.getSpeaker().getText().toString());
  }

  @Test
  void theNounAndTheVerbWithoutThatReportNothing() {
    var f = fields("Budget", "The official estimates that were published in March put the deficit at $400bn.",
        "The treasury estimates the cost of the war at $80bn a year.",
        "I reckon that the team will struggle without him, one fan wrote.");
    List<Quote> qs = run(f);
    assertFalse(anyStartsWith(qs, "were published in March"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "the cost of the war"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "the team will struggle without him"), texts(qs).toString());
  }

  @Test
  void possessiveTimePhraseOpensTheClause() {
    var f = fields("Show", "The show opens in Paris on Friday. Critics say this year's collection, which took two years to make, "
        + "will surprise many buyers.", "The minister said last week's vote showed the party was united.");
    List<Quote> qs = run(f);
    startingWith(qs, "this year's collection, which took two years to make, will surprise many buyers");
    startingWith(qs, "last week's vote showed the party was united");
  }

  @Test
  void possessiveTimePhraseAfterAPrepositionIsNoClause() {
    var f = fields("Show", "The show opens in Paris on Friday. Two rooms added to this year's show include a gallery of hats.");
    List<Quote> qs = run(f);
    assertFalse(anyStartsWith(qs, "this year's show include"), texts(qs).toString());
  }
}
