package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 56 (invented sentences): 'described X as "…"' is the describer's clause up to the closing mark (the
 * round's ruling, PolNeAR's content), a passive description is not; a second verb of saying after 'but' opens a
 * clause of its own even when its subject is a bare noun.
 */
class QuoteEnglishRound56Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aDescriptionIsTheDescribersClauseUpToTheClosingMark() {
    var f = fields("Tax move", "The Treasury defended the levy on Monday.",
        "The Green Party described the plan as \"a stealth tax\" - and promised to fight it.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Green Party", f, "Green Party"));
    Quote q = indirectStarting(qs, "the plan as");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("the plan as \"a stealth tax", cut(f, q));
    assertEquals("Green Party", speakerName(q));
    assertTrue(texts(ofKind(qs, QuoteKind.DIRECT)).contains("a stealth tax"), () -> texts(qs).toString());
  }

  @Test
  void aDescriptionRunsOverItsJoinedPieces() {
    var f = fields("Race", "Senator Ruth Kane described her rival as \"a career politician\" who \"never held a real job\".");
    List<Quote> qs = run(f, person("p1", "Ruth Kane", f, "Ruth Kane"));
    Quote q = indirectStarting(qs, "her rival as");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("her rival as \"a career politician\" who \"never held a real job", cut(f, q));
  }

  @Test
  void aPassiveDescriptionIsNoClause() {
    var f = fields("Album", "The record was described as \"a bold debut\" by the critic Tom Hale.");
    List<Quote> qs = run(f, person("p1", "Tom Hale", f, "Tom Hale"));
    assertTrue(ofKind(qs, QuoteKind.INDIRECT).isEmpty(), () -> texts(qs).toString());
  }

  @Test
  void aSecondVerbAfterButOpensItsOwnClause() {
    var f = fields("Pay talks", "The Nurses Union said the offer was too low but argued talks should continue next week.",
        "Mayor Jane Doe said she would meet the protesters but hinted the plan would not change.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Nurses Union", f, "Nurses Union"),
        person("p1", "Jane Doe", f, "Jane Doe"));
    Quote first = indirectStarting(qs, "the offer was too low");
    assertNotNull(first, () -> texts(qs).toString());
    assertEquals("the offer was too low", cut(f, first));
    Quote second = indirectStarting(qs, "talks should continue");
    assertNotNull(second, () -> texts(qs).toString());
    assertEquals("Nurses Union", speakerName(second));
    assertEquals("she would meet the protesters", cut(f, indirectStarting(qs, "she would meet")));
    Quote hinted = indirectStarting(qs, "the plan would not change");
    assertNotNull(hinted, () -> texts(qs).toString());
    assertEquals("Jane Doe", speakerName(hinted));
  }

  @Test
  void aVerbAfterButWithAnObjectDoesNotCutTheClause() {
    var f = fields("Plant", "The company said output fell in March but added staff to its night shift.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "The company", f));
    Quote q = indirectStarting(qs, "output fell");
    assertNotNull(q, () -> texts(qs).toString());
    assertNull(indirectStarting(qs, "staff to its night shift"), () -> texts(qs).toString());
  }

  @Test
  void hintedAtANounIsNoClause() {
    var f = fields("Budget", "Minister Paul Reed hinted at a tax cut in the spring budget.",
        "Paul Reed hinted at the weekend that he would stand again.");
    List<Quote> qs = run(f, person("p1", "Paul Reed", f, "Paul Reed"));
    assertNull(indirectStarting(qs, "a tax cut"), () -> texts(qs).toString());
    Quote q = indirectStarting(qs, "he would stand again");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("Paul Reed", speakerName(q));
  }

  @Test
  void toldTheNamedOutletThenABareNounClause() {
    var f = fields("Rail", "Transport chief Ann Cole told the BBC lessons were being learned from the delays.",
        "Ann Cole told the Daily Mail trains would run late, and told the BBC News website the fares would rise.",
        "She told the BBC's Money Box programme what was needed was a cap on fares.");
    List<Quote> qs = run(f, person("p1", "Ann Cole", f, "Ann Cole"));
    Quote q = indirectStarting(qs, "lessons were being learned");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("lessons were being learned from the delays", cut(f, q));
    assertEquals("Ann Cole", speakerName(q));
    assertNotNull(indirectStarting(qs, "trains would run late"), () -> texts(qs).toString());
    // the outlet's name runs on into a noun ('the BBC News website'): no bare-noun subject is read from it
    assertNull(indirectStarting(qs, "website"), () -> texts(qs).toString());
    assertNull(indirectStarting(qs, "programme"), () -> texts(qs).toString());
  }
}
