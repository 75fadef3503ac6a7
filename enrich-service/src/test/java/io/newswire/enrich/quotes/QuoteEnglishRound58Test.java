package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 58 (invented sentences): an English 'he' or 'she' never stands for an organisation. After a firm's
 * report spoke, 'he added' goes back to the person who spoke before it.
 */
class QuoteEnglishRound58Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void heAfterAFirmsReportIsThePersonBeforeIt() {
    var f = fields("Gadgets spread", "Corvane Research surveyed shoppers in ten countries for its yearly study.",
        "\"People buy what suits their homes,\" said Tom Harle, a Corvane analyst.",
        "Prices of players are falling fast, the report concluded. Sales of small cameras will keep rising, he added.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Corvane Research", f, "Corvane Research", "Corvane"),
        person("p1", "Tom Harle", f, "Tom Harle"));
    assertEquals("Tom Harle", speakerName(startingWith(qs, "People buy")));
    assertEquals("Tom Harle", speakerName(startingWith(qs, "Sales of small cameras")));
  }

  @Test
  void heAfterAPersonStaysThatPerson() {
    var f = fields("Gadgets spread", "Corvane Research said sales of players fell in the spring.",
        "Prices will keep falling, said Tom Harle, a Corvane analyst. Sales of small cameras will keep rising, he added.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Corvane Research", f, "Corvane Research", "Corvane"),
        person("p1", "Tom Harle", f, "Tom Harle"));
    assertEquals("Corvane Research", speakerName(startingWith(qs, "sales of players")));
    assertEquals("Tom Harle", speakerName(startingWith(qs, "Sales of small cameras")));
  }
}
