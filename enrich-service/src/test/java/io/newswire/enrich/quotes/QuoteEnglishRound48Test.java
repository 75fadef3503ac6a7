package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 48 (invented sentences): 'It also said' goes on from the body that spoke, as 'It said' does; 'speculated',
 * 'maintains' and 'concludes' report a clause; 'in the' before a place after the subject leaves the place out of it.
 */
class QuoteEnglishRound48Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void itAlsoSaidGoesOnFromTheBody() {
    var f = fields("Budget warning",
        "In March the Harbour Policy Institute (HPI) said the chancellor would have to raise taxes after the election. "
            + "It also said the deficit might widen if growth slowed.");
    Entity institute = entity("o1", EntityType.ORGANIZATION, "Harbour Policy Institute", f, "Harbour Policy Institute", "HPI");
    assertEquals("Harbour Policy Institute", speakerName(startingWith(run(f, institute), "the deficit might widen")));
  }

  @Test
  void speculatedMaintainsAndConcludesReportClauses() {
    var f = fields("Harbour bid", "Harbour Rail's board met today, and several analysts speculated the board was weighing two offers.",
        "Harbour Oil maintains that the forced sale of its unit is illegal.",
        "The Harbour Trust report concludes that small firms need to plan for longer droughts.");
    Entity oil = entity("o1", EntityType.ORGANIZATION, "Harbour Oil", f, "Harbour Oil");
    Entity trust = entity("o2", EntityType.ORGANIZATION, "Harbour Trust", f, "Harbour Trust");
    List<Quote> qs = run(f, oil, trust);
    assertEquals("several analysts", speakerText(startingWith(qs, "the board was weighing")));
    assertEquals("Harbour Oil", speakerName(startingWith(qs, "the forced sale")));
    assertEquals("Harbour Trust", speakerName(startingWith(qs, "small firms need")));
  }

  @Test
  void aPlaceAfterInTheOnlySaysWhereTheSubjectIs() {
    var f = fields("Blog row", "A legal expert in the US speculated that the airline might fear the pictures.");
    Entity us = entity("p1", EntityType.PLACE, "United States", f, "US");
    assertEquals("A legal expert", speakerText(startingWith(run(f, us), "the airline might fear")));
  }
}
