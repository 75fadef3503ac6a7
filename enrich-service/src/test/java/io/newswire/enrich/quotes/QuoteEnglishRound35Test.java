package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 35 (invented sentences): a participle of saying with its own subject after 'with' or
 * 'despite' ('with analysts saying prices will fall', 'with club boss X claiming …') reports a bare clause
 * and names that subject, not the sentence's; an unnamed one does not become the current speaker. A verb
 * whose adjunct runs to the full stop ('X said in a research note on the firm.') has no clause after it.
 */
class QuoteEnglishRound35Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void participleAfterWithTakesItsOwnNamedSubject() {
    var f = fields("Striker sits out",
        "Tom Reyes missed the cup tie on Sunday, with club manager Alan Pike claiming it had been a hard week"
            + " for the player.");
    Entity reyes = person("p1", "Tom Reyes", f, "Tom Reyes");
    Entity pike = person("p2", "Alan Pike", f, "Alan Pike");
    Quote q = startingWith(run(f, reyes, pike), "it had been a hard week");
    assertEquals("Alan Pike", speakerName(q));
  }

  @Test
  void unnamedSubjectOfTheParticipleIsKeptAndNotTracked() {
    var f = fields("House prices",
        "Prices rose by 2% in March, Mary Cole said.",
        "Economists are divided, with some saying growth will slow next year, while others expect a fall.",
        "\"The market is still strong,\" she added.");
    Entity cole = person("p1", "Mary Cole", f, "Mary Cole");
    List<Quote> quotes = run(f, cole);
    Quote some = startingWith(quotes, "growth will slow");
    assertEquals(true, cut(f, some).startsWith("growth will slow next year")); // ', while …' not cut yet
    assertNull(speakerName(some));
    assertEquals("some", speakerText(some));
    assertEquals("Mary Cole", speakerName(startingWith(quotes, "The market is still strong")));
  }

  @Test
  void participleWithoutItsOwnSubjectStillTakesTheSentenceSubject() {
    var f = fields("Shops",
        "The chain closed ten stores in May, saying it would open larger ones in the autumn.");
    Entity chain = entity("o1", EntityType.ORGANIZATION, "Sandor Stores", f, "The chain");
    Quote q = startingWith(run(f, chain), "it would open");
    assertEquals("Sandor Stores", speakerName(q));
  }

  @Test
  void adjunctRunningToTheFullStopIsNoClause() {
    var f = fields("Bakery shares",
        "\"There are more questions than answers,\" analyst Joe Varga said in a research note on the firm.",
        "Ms Hill said at her monthly news conference.");
    Entity varga = person("p1", "Joe Varga", f, "Joe Varga");
    List<Quote> quotes = run(f, varga);
    assertFalse(anyStartsWith(quotes, "a research note"));
    assertFalse(anyStartsWith(quotes, "her monthly news conference"));
    assertEquals("Joe Varga", speakerName(startingWith(quotes, "There are more questions")));
  }

  @Test
  void adjunctFollowedByAClauseStillReportsIt() {
    var f = fields("Trade",
        "The minister said in a statement it would cut the duty on wheat.");
    Quote q = startingWith(run(f), "it would cut");
    assertEquals("it would cut the duty on wheat", cut(f, q));
  }
}
