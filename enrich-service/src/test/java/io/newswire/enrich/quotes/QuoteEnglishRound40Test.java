package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 40 (invented sentences): 'according to' figures, a survey or a report 'from'/'by' a body gives the
 * clause to that body, the issuer of what is cited.
 */
class QuoteEnglishRound40Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void trailingCitedFiguresReleasedByABody() {
    var f = fields("Bikes", "Cycling to work rose by a fifth last year, according to new figures released on Monday by the"
        + " Office for National Statistics.");
    Entity ons = entity("o1", EntityType.ORGANIZATION, "Office for National Statistics", f,
        "Office for National Statistics");
    List<Quote> qs = run(f, ons);
    assertEquals("Office for National Statistics", speakerName(startingWith(qs, "Cycling to work rose")),
        texts(qs).toString());
  }

  @Test
  void leadingCitedSurveyByABody() {
    var f = fields("Homes", "According to a survey by the Halifax, house prices in Wales rose faster than anywhere else.");
    Entity halifax = entity("o1", EntityType.ORGANIZATION, "Halifax", f, "Halifax");
    List<Quote> qs = run(f, halifax);
    assertEquals("Halifax", speakerName(startingWith(qs, "house prices in Wales")), texts(qs).toString());
  }

  @Test
  void figuresFromAPlaceOrAfterANameAreNoIssuer() {
    var f = fields("Trade", "Exports to China doubled, according to figures from Germany published by Eurostat.");
    Entity eurostat = entity("o1", EntityType.ORGANIZATION, "Eurostat", f, "Eurostat");
    List<Quote> qs = run(f, eurostat);
    assertNotEquals("Eurostat", speakerName(startingWith(qs, "Exports to China doubled")), texts(qs).toString());
  }

  @Test
  void aSurveyBySeveralBodiesIsNoOneBodys() {
    var f = fields("Shops", "Online sales rose by a third in December, according to a survey by Mintel, Kantar and YouGov.");
    Entity mintel = entity("o1", EntityType.ORGANIZATION, "Mintel", f, "Mintel");
    Entity kantar = entity("o2", EntityType.ORGANIZATION, "Kantar", f, "Kantar");
    List<Quote> qs = run(f, mintel, kantar);
    assertNotEquals("Mintel", speakerName(startingWith(qs, "Online sales rose")), texts(qs).toString());
  }

  @Test
  void thanForecastAfterACommaIsAComparisonNotACue() {
    var f = fields("Prices", "Petrol prices rose 3% in June, far faster than forecast.",
        "Food prices fell in May, the agency said.");
    List<Quote> qs = run(f);
    assertFalse(anyStartsWith(qs, "Petrol prices rose"), texts(qs).toString());
    startingWith(qs, "Food prices fell in May");
  }
}
