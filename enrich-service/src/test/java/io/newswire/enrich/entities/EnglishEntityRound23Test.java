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
 * Issue 13, English round 23 (our own sentences): dotted country initials before an official body's name belong to it; a
 * sector's "giant" or a service "provider" names a firm; what a stake is held in is a body, not a place.
 */
class EnglishEntityRound23Test {

  @Test
  void dottedInitialsBeforeAnOfficialBodyAreTheBodysName() {
    List<Entity> es = model("Rail rules reviewed",
        "The U.S. Surface Freight Commission said on Tuesday it would review the rules for short lines.",
        "Officials at the U.K. Seed Potato Board said exports to Egypt had doubled.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "U.S."), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "U.K."), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "U.S. Surface Freight Commission"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "U.K. Seed Potato Board"), all(es));
  }

  @Test
  void dottedInitialsStayAPlaceBeforeAnythingElse() {
    List<Entity> es = model("Freight costs up",
        "Freight rates rose sharply in the U.S. Analysts at Dunmore Securities said costs would keep rising.",
        "The U.S. Agriculture Department said corn stocks were lower.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "U.S."), all(es) + ": a sentence's end");
    // round 33 settled the department by the files' majority: the initials open its name
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "U.S. Agriculture Department"), all(es));
  }

  @Test
  void aSectorsGiantOrAServiceProviderIsAFirm() {
    List<Entity> es = model("Profits rise",
        "Oil giant Korvex said on Monday its profits rose 12% in the year.",
        "The deal gives broadband provider Telnova two million more customers, analysts said.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Korvex"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Telnova"), all(es));
  }

  @Test
  void whatAStakeIsHeldInIsABody() {
    List<Entity> es = model("Brewer buys in",
        "Harlow Breweries said it had bought a 20% stake in Ostrava, which makes bottles, for 40m euros.",
        "It already runs two plants in Brno and one in Graz, the brewer said.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Ostrava"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Ostrava"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Brno"), all(es) + ": a plant in a town stays a place");
  }
}
