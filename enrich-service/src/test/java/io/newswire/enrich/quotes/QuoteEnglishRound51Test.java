package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 51 (invented sentences): an English headline signed with its source after a dash ('… - TRADE',
 * '… - Hughes') is that source's INDIRECT statement; a column's label before the dash is not. 'Estimated' with a
 * quantity and its figure ('estimated the harvest at 2.1 mln tonnes') has an object, not a clause.
 */
class QuoteEnglishRound51Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  private static Quote headline(List<Quote> qs) {
    return qs.stream().filter(q -> q.getField().toString().equals("headline")).findFirst().orElse(null);
  }

  @Test
  void aHeadlineSignedAfterADashIsItsSourcesStatement() {
    var f = fields("EGYPT BUYING 200,000 TONNES WHEAT - TRADE",
        "CAIRO, May 4 - Egypt is buying wheat for June shipment, traders said.");
    Quote q = headline(run(f));
    assertEquals(QuoteKind.INDIRECT, q.getKind());
    assertEquals("EGYPT BUYING 200,000 TONNES WHEAT", cut(f, q));
    assertEquals("TRADE", speakerText(q));
    assertNull(q.getSpeaker().getEntityId(), "a trade source names no one");

    var g = fields("Schools need more money - Hughes", "Helen Hughes said schools in the north were short of funds.");
    Entity hughes = person("p1", "Helen Hughes", g, "Helen Hughes", "Hughes");
    Quote h = headline(run(g, hughes));
    assertEquals("Schools need more money", cut(g, h));
    assertEquals("Helen Hughes", speakerName(h));
  }

  @Test
  void aLabelBeforeTheDashIsNoStatement() {
    for (String title : List.of("MARKET FOCUS - DUTCH GUILDER BONDS", "CORRECTED - ACME SELLS UNIT",
        "WHEAT OUTLOOK FOR THE SPRING - SOME NEW GROWTH MARKETS")) {
      var f = fields(title, "The market was quiet on Monday.");
      assertNull(headline(run(f)), title);
    }
    var f = fields("Shares fall sharply in Tokyo - 1987 review", "Tokyo shares fell.");
    assertTrue(run(f).isEmpty());
  }

  @Test
  void anEstimateWithItsFigureReportsNothing() {
    var f = fields("Grain crop", "Broker Grainco estimated Polish 1987/88 output at 2.1 mln tonnes against 2.4 mln last year.",
        "Ann Lee estimated the flood damage at around 30 mln dlrs.");
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    List<Quote> qs = run(f, lee);
    assertTrue(qs.isEmpty(), () -> qs.toString());
  }

  @Test
  void anEstimatedClauseStays() {
    var f = fields("Merger", "Ann Lee estimated savings of at least 50 mln dlrs were the main reason for the deal.",
        "Ann Lee estimated that output would stay at 16 mln barrels.");
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    List<Quote> qs = run(f, lee);
    assertEquals(2, qs.size(), () -> qs.toString());
    assertEquals("savings of at least 50 mln dlrs were the main reason for the deal", cut(f, qs.get(0)));
  }
}
