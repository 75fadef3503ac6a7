package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.enrich.entities.ner.EnglishModelNamesRound15;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 15 (our own sentences): a comma after a body's head word or a company suffix lists the next
 * body; a sentence's opener that owns a common noun (X's call) may be the model's name; a result's score makes the
 * town beside it a team.
 */
class EnglishEntityRound15Test {

  @Test
  void aListOfBodiesIsSplitAtItsCommas() {
    List<Entity> es = model("Computer maker sells processors",
        "Harwick Systems Inc said it sold parallel processors to Tennant University, Corvale Corp, Belmar Corp and the Naval Ordnance Laboratory.",
        "The company said the machines would be used for graphics.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Tennant University"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Corvale Corp"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Belmar Corp"), all(es));
  }

  @Test
  void partnersBeforeACommaStayOneFirm() {
    List<Entity> es = model("Bank names managers",
        "The issue is led by Harlow, Brisket and Co Inc, the bank said on Tuesday.",
        "It was priced at par.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Harlow, Brisket and Co Inc"), all(es));
  }

  @Test
  void aPossessiveOpenerThenALowerCaseWordIsOpen() {
    assertTrue(EnglishModelNamesRound15.possessiveThenLower("Okonkwo 's call for calm was ignored", 0));
    assertTrue(EnglishModelNamesRound15.possessiveThenLower("Okonkwo ' s call for calm was ignored", 0));
    assertFalse(EnglishModelNamesRound15.possessiveThenLower("Keane 's Hopes and Fears was played", 0), "a title after it");
    assertFalse(EnglishModelNamesRound15.possessiveThenLower("Okonkwo said the call was ignored", 0), "no possessive");
  }

  @Test
  void aScoreBesideATownMakesItATeam() {
    assertTrue(Fixtures.scoreNextTo("Arsenal beat Hull 3 - 2 at Wembley", 13, 17));
    assertTrue(Fixtures.scoreNextTo("Arsenal beat Hull 3-2 at Wembley", 13, 17));
    assertTrue(Fixtures.scoreNextTo("Barnsley 2 Port Vale 1", 0, 8));
    assertTrue(Fixtures.scoreNextTo("Barnsley 2 Port Vale 1", 11, 20));
    assertTrue(Fixtures.scoreNextTo("a 2 - 0 Hull win", 8, 12));
    assertFalse(Fixtures.scoreNextTo("the Fathers 4 Justice campaign", 4, 11), "a number inside a name");
    assertFalse(Fixtures.scoreNextTo("What is 2 Kent 1 's best song", 10, 14), "no side before the score");
    assertFalse(Fixtures.scoreNextTo("prices in Leeds 10 pct higher", 10, 15));
  }

  @Test
  void wholeStepTypesTheSidesOfAResultAsClubs() {
    List<Entity> es = model("Cup result",
        "Barnsley 2 Stockport 1",
        "The winners meet Hull in the next round on Saturday.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Stockport"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Stockport"), all(es));
  }
}
