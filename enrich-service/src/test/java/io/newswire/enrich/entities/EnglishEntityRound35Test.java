package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 35 (our own sentences): an adverb of time, a sentence adverb or a conjunction that opens a
 * sentence (Earlier, Yet, Neither, Like, Altogether, Yesterday) is no name and no name's first word; a "person" named
 * only with a foreign article first (La Scala, Le Figaro) is a body, unless the man is named in full elsewhere.
 */
class EnglishEntityRound35Test {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  private static boolean anyStartsWith(List<Entity> es, String word) {
    return es.stream().anyMatch(e -> e.getName().equals(word) || e.getName().startsWith(word + " "));
  }

  @Test
  void sentenceAdverbsAreNoNames() {
    List<Entity> es = EntityExtractorTest.run("en", "Harbrook profit up",
        "Harbrook Foods Inc said its profit rose in the quarter.",
        "Earlier, the company reported a loss at its Leeds plant. Altogether, the firm sold 12 stores.",
        "Neither were the results a surprise to analysts in London.");
    assertFalse(anyStartsWith(es, "Earlier"), es.toString());
    assertFalse(anyStartsWith(es, "Altogether"), es.toString());
    assertFalse(anyStartsWith(es, "Neither"), es.toString());
    assertTrue(has(es, EntityType.PLACE, "London"), es.toString());
  }

  @Test
  void anOpenerBeforeARoleOrANameIsNoPartOfIt() {
    List<Entity> es = EntityExtractorTest.run("en", "Fares rise",
        "Fares went up on Monday. Yet aviation analyst Tom Reddick said demand held.",
        "Yesterday Corvane Air Lines said it would cut fares. Like skipper Dan Marley, the squad was tired.");
    assertFalse(anyStartsWith(es, "Yet"), es.toString());
    assertFalse(anyStartsWith(es, "Yesterday"), es.toString());
    assertFalse(anyStartsWith(es, "Like"), es.toString());
    assertTrue(has(es, EntityType.PERSON, "Tom Reddick"), es.toString());
    assertTrue(has(es, EntityType.ORGANIZATION, "Corvane Air Lines"), es.toString());
  }

  @Test
  void aNameOpeningOnAForeignArticleIsABody() {
    assertTrue(ArticleBodies.opensWithArticle("in La Corvana today", 3, 13));
    assertTrue(ArticleBodies.opensWithArticle("Der Harwelt said", 0, 11));
    assertFalse(ArticleBodies.opensWithArticle("Les Marley scored", 0, 10), "Les is a given name too");
    assertFalse(ArticleBodies.opensWithArticle("De Marigny spoke", 0, 10), "a particle, not an article");
    assertFalse(ArticleBodies.opensWithArticle("La Corvana", 0, 2), "one word");
  }

  @Test
  void aParticleSurnameAfterTheFullNameStaysAPerson() {
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of("Investor David F. La Corva said he would buy. La Corva said more."), 0));
    assertTrue(ArticleBodies.namedInFullElsewhere(fields, "La Corva"));
    List<FieldText> house = List.of(new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of("She sang at Milan's La Corvana. Sunday. La Corvana said no."), 0));
    assertFalse(ArticleBodies.namedInFullElsewhere(house, "La Corvana"), "a possessive or a sentence's end before it");
  }
}
