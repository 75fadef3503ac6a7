package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 26 (our own sentences): in sport copy a ground named "X Park", "X Road", "X Lane" or
 * "X Bridge" is a facility, no place; a park after "in" stays a place. A team sheet's names are persons.
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

  @Test
  void aTeamSheetsNamesArePersons() {
    List<Entity> es = model("Rovers 2-1 United",
        "Rovers won the league match with two late goals from Tom Harbury.",
        "Rovers: Pellow, Hill, Bridge, Carbery, Oaten, Harbury (Weston 71), Lusk, Dunmore, Ashby, Kettle, Trask. Subs Not Used: Penrose, Ockley.");
    assertEquals(0, es.stream().filter(e -> e.getType() != EntityType.PERSON && (e.getName().toString().equals("Hill") || e.getName().toString().equals("Bridge"))).count(), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Hill"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Weston"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Ockley"), all(es));
    assertEquals(2, es.stream().filter(e -> e.getName().toString().equals("Tom Harbury")).findFirst().map(e -> e.getMentions().size()).orElse(0), all(es));
    List<int[]> rugby = LineUps.sheet("J Pellow; T Hill, B Oaten, R de Lusk (capt), S Ashby; M Kettle, D Trask.");
    assertEquals(7, rugby == null ? 0 : rugby.size());
  }

  @Test
  void aSquadListOrASentenceIsNoTeamSheet() {
    assertNull(LineUps.sheet("Pellow (Rovers), Hill (Wexford), Bridge (Carlow), Oaten (Rovers), Lusk (Kells), Ashby (Rovers)."));
    assertNull(LineUps.sheet("France, Spain, Italy, Germany and Portugal all voted for the plan, Mr Hill said."));
    assertNull(LineUps.sheet("Pellow, Hill, Bridge, Oaten."));
  }
}
