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

/** Round 48 (invented sentences): 'It also said' goes on from the body that spoke, as 'It said' does. */
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
}
