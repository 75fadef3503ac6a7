package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 60 (invented sentences): a person named only inside a quotation is never whom a later 'he'
 * means; a 'he told' with no person before it in its paragraph is the one person the story named before; an
 * unnamed relation opening the subject ('Aides to X said') speaks, not X.
 */
class QuoteEnglishRound60Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void personNamedOnlyInsideAQuotationIsNoPronounsReferent() {
    var f = fields("Kerr ready for Paris", "Prop Tom Kerr is expecting France to test him in Saturday's opener.",
        "The Bath loose-head is in fine form. \"The French front row is very strong,\" he told BBC Sport. Kerr is "
            + "also wary of their bench. \"Luc Marchand is starting for them and he is very good,\" he added.");
    List<Quote> qs = run(f, person("p1", "Tom Kerr", f, "Tom Kerr", "Kerr"), person("p2", "Luc Marchand", f, "Luc Marchand"));
    assertEquals("Tom Kerr", speakerName(startingWith(qs, "The French front row")));
    assertEquals("Tom Kerr", speakerName(startingWith(qs, "Luc Marchand is starting")));
  }

  @Test
  void personNamedInsideAQuotationStillLeavesTheNamedSubject() {
    var f = fields("Kerr ready", "Prop Tom Kerr is expecting France to test him.",
        "Kerr praised the hosts. \"Luc Marchand is very good,\" he added.");
    List<Quote> qs = run(f, person("p1", "Tom Kerr", f, "Tom Kerr", "Kerr"), person("p2", "Luc Marchand", f, "Luc Marchand"));
    assertEquals("Tom Kerr", speakerName(startingWith(qs, "Luc Marchand is very good")));
  }

  @Test
  void pronounWithTwoPeopleNamedBeforeStaysUnresolved() {
    var f = fields("Front row ready", "Prop Tom Kerr and hooker Sam Lowe are expecting France to test them.",
        "The Bath loose-head is in fine form. \"The French front row is very strong,\" he told BBC Sport.");
    List<Quote> qs = run(f, person("p1", "Tom Kerr", f, "Tom Kerr"), person("p2", "Sam Lowe", f, "Sam Lowe"));
    assertNull(speakerName(startingWith(qs, "The French front row")));
  }

  @Test
  void relationOpeningTheSubjectSpeaksForThePerson() {
    var f = fields("Farm bill", "Senator Jo Hale wants the bill widened.",
        "Agricultural aides to Hale said the senator's first choice is a wider bill. Aides to Hale said he may wait.");
    List<Quote> qs = run(f, person("p1", "Jo Hale", f, "Jo Hale", "Hale"));
    assertNull(speakerName(startingWith(qs, "the senator's first choice")));
    assertNull(speakerName(startingWith(qs, "he may wait")));
  }

  @Test
  void relationAfterAnotherOpenerIsStillTheNamedPerson() {
    var f = fields("Farm bill", "Senator Jo Hale wants the bill widened.",
        "Hale said the bill should cover all farmers.");
    List<Quote> qs = run(f, person("p1", "Jo Hale", f, "Jo Hale", "Hale"));
    assertEquals("Jo Hale", speakerName(startingWith(qs, "the bill should cover")));
  }
}
