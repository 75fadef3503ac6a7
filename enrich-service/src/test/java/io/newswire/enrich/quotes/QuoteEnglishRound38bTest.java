package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 38b (invented sentences): a clause ends where a new subject and its speech verb begin; a demonstrative
 * 'that' opens the clause; figures that show a finding; an opinion verb after a name the entity step missed.
 */
class QuoteEnglishRound38bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void clauseEndsBeforeANewSubjectAndItsSpeechVerb() {
    var f = fields("Rates", "Dealers said yesterday several banks had trouble finding funds but Norway has said "
        + "there is no need for a rate cut.");
    Entity norway = entity("c1", EntityType.PLACE, "Norway", f, "Norway");
    List<Quote> qs = run(f, norway);
    Quote first = startingWith(qs, "several banks had trouble");
    assertFalse(first.getText().toString().contains("Norway"), texts(qs).toString());
    assertTrue(anyStartsWith(qs, "there is no need for a rate cut"), texts(qs).toString());
  }

  @Test
  void demonstrativeThatOpensTheClause() {
    var f = fields("Vote", "Ministers hope to pass the bill this week. But rebel MPs say that will not happen before spring.");
    assertTrue(anyStartsWith(run(f), "that will not happen"));
  }

  @Test
  void complementizerThatStaysOutside() {
    var f = fields("Vote", "Rebel MPs say that the bill will not pass before spring.");
    assertTrue(anyStartsWith(run(f), "the bill will not pass"));
  }

  @Test
  void figuresShowAClause() {
    var f = fields("Reserves", "Central Bank of Norland statistics show reserves rose to four billion dollars in May.");
    Entity bank = entity("o1", EntityType.ORGANIZATION, "Central Bank of Norland", f, "Central Bank of Norland");
    Quote q = startingWith(run(f, bank), "reserves rose to four billion");
    assertTrue(q.getText().toString().endsWith("in May"), q.getText().toString());
    assertEquals("Central Bank of Norland", speakerName(q)); // the body that published the figures
  }

  @Test
  void showOutsideFiguresIsNoCue() {
    var f = fields("Show", "The results of the race show the team has work to do, and the pictures show the crowd was small.");
    assertFalse(anyStartsWith(run(f), "the crowd was small"));
  }

  @Test
  void opinionVerbAfterAnUnlinkedName() {
    var f = fields("Care", "Ministers met on Monday. The Northern Executive believes that free care can be paid for.");
    assertTrue(anyStartsWith(run(f), "free care can be paid for"));
  }

  @Test
  void figuresIndicatingAnObjectGiveNoClause() {
    var f = fields("Growth", "Japan narrowly avoided a recession. Revised figures indicated growth of just 0.2% in the quarter.");
    assertFalse(anyStartsWith(run(f), "growth of just"));
  }

  @Test
  void opinionNounAfterANameIsNoCue() {
    var f = fields("Awards", "The two actors won the guild awards on Sunday, boosting their Oscars hopes this month.");
    assertTrue(run(f).isEmpty(), texts(run(f)).toString());
  }

  @Test
  void opinionVerbAfterNobodyStaysOut() {
    var f = fields("Care", "Ministers met on Monday. Nobody believes the plan can be paid for.");
    assertFalse(anyStartsWith(run(f), "the plan can be paid for"));
  }
}
