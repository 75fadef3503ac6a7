package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 57 (invented sentences): 'the report' speaks for the body whose report the story placed before
 * ('In its yearly report, X …', "X's annual report"), when no earlier speaker issued it.
 */
class QuoteEnglishRound57Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void theReportIsItsOwnersAfterItsPossessive() {
    var f = fields("Trade slows", "In its yearly outlook report, the Harbour Trade Council lowered its forecasts.",
        "\"Shipping will recover by the summer,\" said Ann Berg, a senior adviser at the council.",
        "However, the report warned: \"Fuel costs could still rise.\"");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Harbour Trade Council", f, "Harbour Trade Council"),
        person("p1", "Ann Berg", f, "Ann Berg"));
    assertEquals("Ann Berg", speakerName(startingWith(qs, "Shipping will recover")));
    assertEquals("Harbour Trade Council", speakerName(startingWith(qs, "Fuel costs could")));
  }

  @Test
  void theReportIsItsPossessorsWhenNamedBefore() {
    var f = fields("Costs", "The Audit Board's annual report was published on Monday.",
        "Minister Tom Reed was not available for comment.",
        "\"Costs rose in every region,\" the report says.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Audit Board", f, "Audit Board"),
        person("p1", "Tom Reed", f, "Tom Reed"));
    assertEquals("Audit Board", speakerName(startingWith(qs, "Costs rose")));
  }

  @Test
  void aProgrammeNamedReportIsNoDocument() {
    var f = fields("Outlook", "The Harbour Trade Council cut its forecasts, the council said.",
        "\"Shipping will recover,\" Ann Berg, an adviser at the council, told the BBC's World Business Report.",
        "However, the report warned: \"Fuel costs could still rise.\"");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Harbour Trade Council", f, "Harbour Trade Council"),
        person("p1", "Ann Berg", f, "Ann Berg"));
    assertEquals("Ann Berg", speakerName(startingWith(qs, "Shipping will recover")));
    assertNull(speakerName(startingWith(qs, "Fuel costs could")));
  }

  @Test
  void aReportWithNoOwnerNamesNoOne() {
    var f = fields("Costs", "A report published on Monday looked at the city's buses.",
        "Minister Tom Reed was not available for comment.",
        "\"Costs rose in every region,\" the report says.");
    List<Quote> qs = run(f, person("p1", "Tom Reed", f, "Tom Reed"));
    assertNull(speakerName(startingWith(qs, "Costs rose")));
  }

  @Test
  void thePersonARoleDescribesSpeaksThoughTheBodyHasItsOwnAppositive() {
    var f = fields("Cleaners", "The cleaners were laid off in May.",
        "Jo Marsh, executive director of the Cleaners Guild, the janitors union, said the claim was fair.");
    List<Quote> qs = run(f, person("p1", "Jo Marsh", f, "Jo Marsh"),
        entity("o1", EntityType.ORGANIZATION, "Cleaners Guild", f, "Cleaners Guild"));
    assertEquals("Jo Marsh", speakerName(startingWith(qs, "the claim was fair")));
  }

  @Test
  void aRoleOpenedByNowStillDescribesThePersonBeforeIt() {
    var f = fields("Funds", "The two funds will stay apart.",
        "A merger is unlikely, Ned Hale, now president of the Lark Group, a consulting firm, said.");
    List<Quote> qs = run(f, person("p1", "Ned Hale", f, "Ned Hale"),
        entity("o1", EntityType.ORGANIZATION, "Lark Group", f, "Lark Group"));
    assertEquals("Ned Hale", speakerName(startingWith(qs, "A merger is unlikely")));
  }

  @Test
  void aBodyWithItsOwnAppositiveSpeaksWhenNoPersonHoldsARole() {
    var f = fields("Funds", "Ned Hale left on Monday.",
        "Demand for advice rose sharply in May, the Lark Group, a consulting firm, said.");
    List<Quote> qs = run(f, person("p1", "Ned Hale", f, "Ned Hale"),
        entity("o1", EntityType.ORGANIZATION, "Lark Group", f, "Lark Group"));
    assertEquals("Lark Group", speakerName(startingWith(qs, "Demand for advice")));
  }
}
