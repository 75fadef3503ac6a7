package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 55b (invented sentences): 'disclosed … that' reports the discloser's clause, only with its 'that'
 * (after a short adjunct at most), never as a passive or with an object.
 */
class QuoteEnglishRound55bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void disclosedInAFilingThatReportsTheFilersClause() {
    var f = fields("Harbour Trust takes stake in mill",
        "Harbour Trust Inc disclosed in a Securities and Exchange Commission filing that it holds 6.2 pct of"
            + " Northern Paper Co's common stock.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Harbour Trust", f, "Harbour Trust Inc"));
    Quote q = indirectStarting(qs, "it holds 6.2 pct");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("Harbour Trust", speakerName(q));
  }

  @Test
  void disclosedRightBeforeThatAndAfterATimeReportsAClause() {
    var f = fields("Singer ill", "The producer Tom Hale disclosed last year that he was suffering from asthma.");
    List<Quote> qs = run(f, entity("p1", EntityType.PERSON, "Tom Hale", f, "Tom Hale"));
    Quote q = indirectStarting(qs, "he was suffering from asthma");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("Tom Hale", speakerName(q));
  }

  @Test
  void disclosedWithAnObjectOrInThePassiveReportsNothing() {
    var f = fields("Mill sold", "Northern Paper Co sold its mill to Harbour Trust Inc. Terms were not disclosed.",
        "The company disclosed the price of the mill to analysts who said that it was too low.",
        "The sale came after it was disclosed last month that the mill had lost money for a decade.",
        "Harbour Trust did not disclose that the mill was losing money.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Harbour Trust", f, "Harbour Trust Inc", "Harbour Trust"));
    assertNull(indirectStarting(qs, "the price of the mill"), () -> texts(qs).toString());
    assertNull(indirectStarting(qs, "the mill had lost money"), () -> texts(qs).toString());
    assertNull(indirectStarting(qs, "the mill was losing money"), () -> texts(qs).toString());
  }
}
