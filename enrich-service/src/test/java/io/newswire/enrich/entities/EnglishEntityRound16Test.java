package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 16 (our own sentences): a person's name ends in no acronym (a product, a post or a party
 * after it); set scores beside a name are a player's, not a team's.
 */
class EnglishEntityRound16Test {

  @Test
  void anAcronymAfterAPersonIsNotPartOfTheName() {
    List<Entity> es = model("Shop sells out",
        "Copies of the Martin Pryce DVD sold out within a week, the shop said on Monday.",
        "Staff said more would arrive next month.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Martin Pryce DVD"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Martin Pryce"), all(es));
  }

  @Test
  void aRegnalNumberStaysInTheName() {
    List<Entity> es = model("Portrait sold",
        "A portrait of Charles Leopold XIV was sold in Paris on Monday, the auction house said.",
        "The buyer was not named.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Charles Leopold XIV"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Charles Leopold"), all(es));
  }

  @Test
  void setScoresBesideANameAreAPlayersNotATeams() {
    assertFalse(Fixtures.scoreNextTo("He beat Diego Farrell 7-5 6-2 in the final", 8, 21));
    assertFalse(Fixtures.scoreNextTo("He beat Diego Farrell 6-4, 3-6, 6-1 in the final", 8, 21));
    assertFalse(Fixtures.scoreNextTo("He beat Diego Farrell 6 - 4 6 - 3 in the final", 8, 21));
    assertTrue(Fixtures.scoreNextTo("Arsenal beat Hull 3-2 at Wembley", 13, 17), "one score: a team's");
    assertTrue(Fixtures.scoreNextTo("Arsenal beat Hull 3 - 2 , then drew 1 - 1", 13, 17), "a later score after words");
  }

  @Test
  void wholeStepKeepsAPlayerBesideSetScoresOutOfClubs() {
    List<Entity> es = model("Tennis result",
        "He was leading Argentine Diego Farrell 7-5 2-2 when he quit with a thigh injury.",
        "He played one more game.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Diego Farrell"), all(es));
  }

  @Test
  void ofAfterALegalFormNamesWhereTheFirmIs() {
    List<Entity> es = model("Notes issue",
        "ZURICH, March 5 - Harada Kogyo Inc of Osaka is launching a notes issue, the lead manager said.",
        "Terms will be set on March 11.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Harada Kogyo Inc"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Harada Kogyo Inc of Osaka"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Osaka"), all(es));
  }

  @Test
  void aBanksCoOfStaysInItsName() {
    List<Entity> es = model("Bank buys branches",
        "Harwell Trust Co of Delaware said it agreed to buy four branches.",
        "Terms were not disclosed.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Harwell Trust Co of Delaware"), all(es));
  }

  @Test
  void aCapitalsHeadlineKeepsTheFirmsSuffixOverABodyRepeat() {
    List<Entity> es = model("MARWOOD CORP PLANS NOTES ISSUE",
        "TORONTO, March 5 - <Marwood Corp Ltd> said it planned to issue 60 mln dlrs of notes.",
        "Marwood said it would use the proceeds to retire bank debt.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "MARWOOD CORP"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "MARWOOD"), all(es));
  }

  @Test
  void competitionsNamedLikeBodiesAreNoEntity() {
    List<Entity> es = model("Cup holders drawn",
        "Harrowby Town, who play in League Two, will face Dunmore in the Champions League qualifiers after she won the Great Harrowby International Cross Country race.",
        "The Arab League met in Cairo on Monday.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "League Two"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Champions League"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Great Harrowby International Cross Country"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Arab League"), all(es));
  }
}
