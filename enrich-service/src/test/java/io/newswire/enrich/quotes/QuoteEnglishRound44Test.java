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
 * Round 44 (invented sentences): 'X quoted Y as saying' gives Y's words, not X's; 'it' after the person quoted
 * goes back to the body that quoted him.
 */
class QuoteEnglishRound44Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void theOneQuotedAsSayingIsTheSpeaker() {
    var f = fields("Mill plan", "The Harbour Gazette said a paper mill would open in the valley next year.",
        "It quoted Northfield chairman Arnold Pike, visiting the site, as saying he expected 300 jobs there.",
        "It said the mill would cost 40 mln dlrs.");
    Entity pike = person("p1", "Arnold Pike", f, "Arnold Pike");
    Entity gazette = entity("o1", EntityType.ORGANIZATION, "Harbour Gazette", f, "Harbour Gazette");
    List<Quote> qs = run(f, pike, gazette);
    assertEquals("Arnold Pike", speakerName(startingWith(qs, "he expected 300 jobs")));
    assertEquals("Harbour Gazette", speakerName(startingWith(qs, "the mill would cost")));
  }

  @Test
  void anUnnamedOneQuotedIsNoOneNamed() {
    var f = fields("Rates", "The Harbour Gazette quoted one dealer as saying rates would fall by June.");
    Entity gazette = entity("o1", EntityType.ORGANIZATION, "Harbour Gazette", f, "Harbour Gazette");
    Quote q = startingWith(run(f, gazette), "rates would fall");
    assertNull(speakerName(q), "the unnamed dealer, not the paper");
  }

  @Test
  void passiveQuotedAsSayingKeepsItsSubject() {
    var f = fields("Talks", "Minister Dora Vell was quoted in the Harbour Gazette as saying the talks had failed.");
    Entity vell = person("p1", "Dora Vell", f, "Dora Vell");
    Entity gazette = entity("o1", EntityType.ORGANIZATION, "Harbour Gazette", f, "Harbour Gazette");
    assertEquals("Dora Vell", speakerName(startingWith(run(f, vell, gazette), "the talks had failed")));
  }
}
