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
 * Issue 13, English round 26 (our own sentences): in sport copy a ground named "X Park", "X Road", "X Lane" or
 * "X Bridge" is a facility, no place; a park after "in" stays a place.
 */
class EnglishEntityRound26Test {

  @Test
  void aGroundInSportCopyIsNoPlace() {
    List<Entity> es = model("Rovers win away",
        "Rovers won 2-1 at Hollin Park on Saturday and the striker scored twice.",
        "Their next match is against the leaders at Marsden Road.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Hollin Park"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Marsden Road"), all(es));
  }

  @Test
  void aParkAfterInOrOutsideSportStaysAPlace() {
    assertTrue(SportsGrounds.ground("a win at Hollin Park today", 9, 20));
    assertFalse(SportsGrounds.ground("a race in Hollin Park today", 10, 21));
    assertFalse(SportsGrounds.ground("a walk round Hollin Gardens", 13, 27));
    List<Entity> es = model("Runners head to New York",
        "The league champion will run the race that ends in Central Park next season.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Central Park"), all(es));
    List<Entity> town = model("Shops reopen",
        "Shops on Marsden Road in Leeds reopened on Monday after the floods.");
    assertEquals(1, mentionsOf(town, EntityType.PLACE, "Marsden Road"), all(town));
  }
}
