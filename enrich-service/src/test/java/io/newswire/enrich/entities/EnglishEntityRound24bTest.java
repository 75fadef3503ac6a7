package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 24b (our own sentences): a town's name that is also a common word, opening a sentence before a
 * lower-case word, is a place only where the model is sure of it.
 */
class EnglishEntityRound24bTest {

  @Test
  void aCommonWordOpeningTheSentenceIsNoTown() {
    List<Entity> es = model("Pensions report",
        "Male life expectancy will rise by two years, the researchers said.",
        "Female workers retire later.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Male"), all(es));
  }

  @Test
  void aTownTheModelIsSureOfOrACountryOpeningTheSentenceStays() {
    List<Entity> es = model("Island news",
        "The minister flew to Male on Monday for talks.",
        "Turkey farmers protested in the capital, officials said.",
        "Paris police closed the square.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Male"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Turkey"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Paris"), all(es));
  }
}
