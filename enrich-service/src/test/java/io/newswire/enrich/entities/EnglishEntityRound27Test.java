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
 * Issue 13, English round 27 (our own sentences): what one holds shares or a stake in is a firm, not a place the
 * knowledge base lacks; a name right before a lower-case "tour" is the tour's, an event; "X and the Y" names two bodies
 * unless it stands inside an of/for complement; "BBC One" is the channel; what an actor has a role in is a work.
 */
class EnglishEntityRound27Test {

  @Test
  void sharesInAnUnknownNameAreAFirm() {
    List<Entity> es = model("Builder lifts profits",
        "Shares in Harbrook were up 4% at 310p in morning trading.",
        "Harbrook said demand for new homes had held up in the spring.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Harbrook"), all(es));
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "Harbrook"), all(es));
    assertTrue(StakeFirms.holdingBefore("a 20% stake in Harbrook", 15));
    assertTrue(StakeFirms.holdingBefore("Shares in Harbrook", 10));
  }

  @Test
  void sharesInAKnownPlaceOrAnotherInStayPlaces() {
    List<Entity> es = model("Shares slip",
        "The firm's shares in London fell 2% while its shares in Frankfurt were flat.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "London"), all(es));
    assertFalse(StakeFirms.holdingBefore("a house in Harbrook", 11));
    assertFalse(StakeFirms.holdingBefore("interest in Harbrook", 12));
  }

  @Test
  void aNameBeforeLowerCaseTourIsTheTour() {
    List<Entity> es = model("Singer calls off shows",
        "The singer cancelled her Velvet Lantern tour last month after a back injury.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Velvet Lantern"), all(es));
    assertTrue(TourNames.tourAfter("the Velvet Lantern tour ended", 18));
    assertFalse(TourNames.tourAfter("the Velvet Lantern tournament", 18));
  }

  @Test
  void aKnownPlaceBeforeTourStays() {
    List<Entity> es = model("Band plans dates",
        "The band will start a UK tour in March and then play in Germany.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "UK"), all(es));
  }

  @Test
  void andTheJoinsTwoBodies() {
    List<Entity> es = model("Unions talk merger",
        "The plan was backed by Corvane and the Northfield Workers Union on Monday.",
        "Corvane has 400,000 members.");
    assertEquals(0, es.stream().filter(e -> e.getName().toString().contains(" and the ")).count(), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Northfield Workers Union"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Corvane"), all(es));
  }

  @Test
  void andTheInsideAnOfComplementStaysOneName() {
    List<Entity> es = model("Report on farming",
        "The Commission for Northern Farming and the Uplands published its report on Tuesday.");
    // the complement's "and the Uplands" is no second body (later passes may trim the complement's tail)
    assertEquals(1, es.size(), all(es));
    assertTrue(es.get(0).getName().toString().startsWith("Commission for Northern Farming"), all(es));
    List<Entity> mr = model("Minister speaks",
        "Tony Harwick spoke on Monday. But Mr Harwick and the Northfield Workers Union disagreed.");
    assertEquals(0, mentionsOf(mr, EntityType.ORGANIZATION, "Harwick"), all(mr));
  }

  @Test
  void aBbcChannelNamedByNumberIsOneOrganisation() {
    List<Entity> es = model("Quiz moves channel",
        "The quiz will move from BBC One to BBC Two in the autumn, the BBC said.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "BBC One"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "BBC Two"), all(es));
    assertEquals(5, NumberedStations.numberWordEnd("x One.", 1));
  }

  @Test
  void aNumberOpeningALongerNameIsLeftAlone() {
    List<Entity> es = model("Presenter joins station",
        "The presenter joins BBC Five Live in May after ten years at the BBC.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "BBC Five"), all(es));
    assertEquals(-1, NumberedStations.numberWordEnd("x Oneida", 1));
  }

  @Test
  void whatAnActorHasARoleInIsAWork() {
    List<Entity> es = model("Actress shortlisted",
        "The actress was shortlisted for her leading role in Marigold Hollow, which opened in May.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Marigold Hollow"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Marigold Hollow"), all(es));
    assertTrue(RoleTitles.cueBefore("his role in Marigold", 12));
  }

  @Test
  void performancesInATownOrADirectorsFilmStay() {
    assertFalse(RoleTitles.cueBefore("performances in Harbrook", 16));
    assertFalse(RoleTitles.cueBefore("took part in Harbrook", 13));
    List<Entity> es = model("Actress recalls film",
        "The actress, who starred in Tony Harwick's 1950 western, said Tony Harwick was a kind man.");
    assertEquals(2, mentionsOf(es, EntityType.PERSON, "Tony Harwick"), all(es));
  }
}
