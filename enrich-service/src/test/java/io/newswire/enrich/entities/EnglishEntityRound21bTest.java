package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 21b (our own sentences): a capitalised word glued before a country or city the knowledge base knows
 * makes one body with it (Statistics Canada, Air China), not the place plus a word; at a sentence start only when the pair
 * recurs inside a sentence or is already a body of the article.
 */
class EnglishEntityRound21bTest {

  @Test
  void aWordGluedBeforeAKnownPlaceMakesABody() {
    List<Entity> es = model("Prices up",
        "Consumer prices rose 0.4 pct in May, according to Statistics Canada, after a flat April.",
        "Statistics Canada said food and energy led the rise. Canada has seen prices climb for three months.");
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "Statistics Canada"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Canada"), all(es));
  }

  @Test
  void aFlagCarrierIsABodyMidSentence() {
    List<Entity> es = model("New routes",
        "Passengers will be able to fly with Air China from next month, the airport said.",
        "Flights to China have grown quickly.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Air China"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "China"), all(es));
  }

  @Test
  void anOpenerOrAGivenNameBeforeAPlaceIsNoPartOfIt() {
    assertFalse(GluedPlaceNames.nameWord("The", "Netherlands"));
    assertFalse(GluedPlaceNames.nameWord("In", "Canada"));
    assertFalse(GluedPlaceNames.nameWord("March", "China"));
    assertFalse(GluedPlaceNames.nameWord("James", "Ireland"));
    assertFalse(GluedPlaceNames.nameWord("President", "Kenya"));
    assertFalse(GluedPlaceNames.nameWord("SAYS", "CANADA"), "a headline in capitals");
    assertTrue(GluedPlaceNames.nameWord("Statistics", "Canada"));
    assertTrue(GluedPlaceNames.nameWord("MTV", "Europe"));
    List<Entity> es = model("Trade figures",
        "In Canada exports fell in March, while imports rose.",
        "Officials said in March China would buy more wheat.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Canada"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "China"), all(es));
  }

  @Test
  void aSentenceOpenerGluedToAPlaceStaysOutUnlessThePairRecurs() {
    List<Entity> es = model("Harvest report",
        "Farmers across the prairies expect a record crop. Wheat Canada will not be short this year, growers said.",
        "Exports will rise.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Wheat Canada"), all(es));
  }
}
