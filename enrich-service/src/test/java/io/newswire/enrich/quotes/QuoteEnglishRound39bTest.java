package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 39b (invented sentences): 'found that' after a survey or an organisation reports a finding, and a
 * finding's body does not take the floor from the one who spoke before.
 */
class QuoteEnglishRound39bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void surveyFoundThatOpensAClause() {
    var f = fields("Shops", "High street sales fell in March. The survey found that shoppers spent less on clothes.");
    assertTrue(anyStartsWith(run(f), "shoppers spent less on clothes"));
  }

  @Test
  void organisationFoundThatGivesTheBody() {
    var f = fields("Web", "Webcount found that one in five sites ran old software.");
    Entity firm = entity("o1", EntityType.ORGANIZATION, "Webcount", f, "Webcount");
    Quote q = startingWith(run(f, firm), "one in five sites ran");
    assertEquals("Webcount", speakerName(q));
  }

  @Test
  void foundWithoutThatOrAfterAPersonIsNoCue() {
    var f = fields("Lost", "Police found the car in a field. Anna Berg found that her bag was gone.");
    assertFalse(anyStartsWith(run(f), "the car in a field"));
  }

  @Test
  void aFindingDoesNotTakeThePronounFromTheLastSpeaker() {
    var f = fields("Web", "Tom Reed, who runs the Bluepost service, said it would close in June.",
        "Webcount found that one in five sites ran old software.",
        "\"We could not keep it going,\" he said.");
    Entity reed = person("p1", "Tom Reed", f, "Tom Reed");
    Entity firm = entity("o1", EntityType.ORGANIZATION, "Webcount", f, "Webcount");
    List<Quote> qs = run(f, reed, firm);
    assertEquals("Tom Reed", speakerName(startingWith(qs, "We could not keep it going")), texts(qs).toString());
  }
}
