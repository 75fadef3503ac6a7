package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 27 (invented sentences): ', saying' opens a bare clause with any subject once an auxiliary
 * follows it, also after words in marks, and its speaker is the sentence's subject, never a name after it; after a
 * verb that also takes a noun object ('reported', 'announced', 'declared'), an indefinite article opens that object,
 * no clause, unless an auxiliary follows it.
 */
class QuoteEnglishRound27Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  private static boolean anyStartingWith(List<Quote> quotes, String prefix) {
    return quotes.stream().anyMatch(q -> q.getText().toString().startsWith(prefix));
  }

  @Test
  void sayingOpensAClauseWithANounSubject() {
    var f = fields("Bridge plan",
        "Councillor Jane Morrow rejected the bridge plan, saying the costs were far too high for the town.");
    List<Quote> quotes = run(f, person("P1", "Jane Morrow", f, "Jane Morrow"));
    assertEquals("Jane Morrow", speakerName(startingWith(quotes, "the costs were far too high")));
  }

  @Test
  void sayingAfterWordsInMarksTakesTheSentencesSubjectNotTheNameAfterIt() {
    var f = fields("Bridge plan",
        "Jane Morrow called the plan \"reckless\", saying Tom Baker would have to explain it to the town.");
    List<Quote> quotes = run(f, person("P1", "Jane Morrow", f, "Jane Morrow"), person("P2", "Tom Baker", f, "Tom Baker"));
    assertEquals("Jane Morrow", speakerName(startingWith(quotes, "Tom Baker would have")));
  }

  @Test
  void sayingWithAnObjectOpensNoClause() {
    var f = fields("Last concert",
        "The band left the stage early, saying goodbye to the fans who had waited all night.");
    List<Quote> quotes = run(f);
    assertTrue(!anyStartingWith(quotes, "goodbye") && !anyStartingWith(quotes, "the fans"), quotes.toString());
  }

  @Test
  void sayingTheWordsOfARelativeOpensNoClause() {
    var f = fields("Wedding",
        "The groom stood up, saying the words he had learnt by heart.");
    List<Quote> quotes = run(f);
    assertTrue(!anyStartingWith(quotes, "the words"), quotes.toString());
  }

  @Test
  void anIndefiniteObjectAfterReportedIsNoClause() {
    var f = fields("Results",
        "Harwick Tools, the Leeds engineering group, reported a loss of 4 mln stg for the year.");
    List<Quote> quotes = run(f);
    assertTrue(quotes.isEmpty(), quotes.toString());
  }

  @Test
  void anIndefiniteSubjectWithAnAuxiliaryStillOpensAClause() {
    var f = fields("Results",
        "Harwick Tools announced a new plant in Leeds would open next spring.");
    List<Quote> quotes = run(f);
    assertTrue(anyStartingWith(quotes, "a new plant in Leeds would open"), quotes.toString());
  }
}
