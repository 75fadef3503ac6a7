package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
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
 * Issue 9, round 60 part B (invented sentences): an unnamed relation of a body speaks even when an appositive
 * or a relative clause follows the body's name ('A spokesman for X, parent company of Y, said'); a person
 * the appositive's role describes ('Z, a spokesman for X, which …, said') still speaks.
 */
class QuoteEnglishRound60bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void relationOfABodyWithAnAppositiveIsTheUnnamedRelation() {
    var f = fields("Van recall", "Harlow Motors is recalling 20,000 vans.",
        "A spokesman for Harlow Motors, parent company of Brixton Vans, said the fault was found in March.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Harlow Motors", f, "Harlow Motors"),
        entity("o2", EntityType.ORGANIZATION, "Brixton Vans", f, "Brixton Vans"));
    Quote q = startingWith(qs, "the fault was found");
    assertNull(speakerName(q));
    assertEquals("A spokesman for Harlow Motors", speakerText(q));
  }

  @Test
  void relationOfABodyWithARelativeIsTheUnnamedRelation() {
    var f = fields("Levy", "Bingo halls face a new levy.",
        "A spokeswoman for the Hall Owners Guild, which speaks for most halls, said the levy would close some.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Hall Owners Guild", f, "Hall Owners Guild"));
    assertNull(speakerName(startingWith(qs, "the levy would close")));
  }

  @Test
  void namedPersonBeforeTheRelationStillSpeaks() {
    var f = fields("Levy", "Bingo halls face a new levy.",
        "Ann Rowe, a spokeswoman for the Hall Owners Guild, which speaks for most halls, said the levy would close some.");
    List<Quote> qs = run(f, person("p1", "Ann Rowe", f, "Ann Rowe"),
        entity("o1", EntityType.ORGANIZATION, "Hall Owners Guild", f, "Hall Owners Guild"));
    assertEquals("Ann Rowe", speakerName(startingWith(qs, "the levy would close")));
  }

  @Test
  void bodyWithAnAppositiveStillSpeaksForItself() {
    var f = fields("Van recall", "Harlow Motors is recalling 20,000 vans.",
        "Harlow Motors, parent company of Brixton Vans, said the fault was found in March.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Harlow Motors", f, "Harlow Motors"),
        entity("o2", EntityType.ORGANIZATION, "Brixton Vans", f, "Brixton Vans"));
    assertEquals("Harlow Motors", speakerName(startingWith(qs, "the fault was found")));
  }
}
