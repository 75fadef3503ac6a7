package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 35 (our own sentences): an adverb of time, a sentence adverb or a conjunction that opens a
 * sentence (Earlier, Yet, Neither, Like, Altogether, Yesterday) is no name and no name's first word.
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
}
