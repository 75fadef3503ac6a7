package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
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
 * Round 47 (invented sentences): 'the utility' or 'the glassmaker' goes on with the firm that spoke, and 'it'
 * from a firm named by a name closed with its legal form ('Harbour Mills corp').
 */
class QuoteEnglishRound47Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void theUtilityAndItGoOnFromTheFirm() {
    var f = fields("Harbour budget", "Harbour Light Co said its budget for next year will be lower.",
        "The utility said in its annual report that spending will peak in June.",
        "It said the new tax law will probably not change its plans.");
    Entity firm = entity("o1", EntityType.ORGANIZATION, "Harbour Light", f, "Harbour Light Co");
    List<Quote> qs = run(f, firm);
    assertEquals("Harbour Light", speakerName(startingWith(qs, "spending will peak")));
    assertEquals("Harbour Light", speakerName(startingWith(qs, "the new tax law")));
  }

  @Test
  void theGlassmakerGoesOnFromTheFirm() {
    var f = fields("Fire", "Harbour Glass Inc said a fire damaged one furnace at its plant.",
        "The glassmaker said the rest of the plant was undamaged.");
    Entity firm = entity("o1", EntityType.ORGANIZATION, "Harbour Glass", f, "Harbour Glass Inc");
    assertEquals("Harbour Glass", speakerName(startingWith(run(f, firm), "the rest of the plant")));
  }

  @Test
  void itGoesOnFromANameWithItsLegalForm() {
    var f = fields("Harbour offer", "Harbour Mills corp said it has filed for an offering of new shares.",
        "It said the offering is expected to be completed in May.");
    assertEquals("Harbour Mills corp", speakerName(startingWith(run(f), "the offering is expected")));
  }
}
