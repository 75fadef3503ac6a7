package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.PartialNameMerger;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.EnglishModelNamesRound14;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 17 (our own sentences): events, venues and currencies named like bodies are no entity; a
 * town after its council's name is the town; a town whose first word opens sentences keeps it before its state; a
 * list after a plural kind of body is a list of bodies; a lone place the model is very sure of needs no cue word.
 */
class EnglishEntityRound17Test {

  @Test
  void eventVenueAndCurrencyTailsNameNoEntity() {
    assertTrue(EnglishNameRecognizer.noEntityTail("Prix"));
    assertTrue(EnglishNameRecognizer.noEntityTail("Open"));
    assertTrue(EnglishNameRecognizer.noEntityTail("Arena"));
    assertTrue(EnglishNameRecognizer.noEntityTail("Pesos"));
    assertFalse(EnglishNameRecognizer.noEntityTail("Rand"), "a surname as well as a currency");
    assertFalse(EnglishNameRecognizer.noEntityTail("Council"));
  }

  @Test
  void aSponsoredGrandPrixIsNoFirm() {
    List<Entity> es = model("Runner eyes record",
        "The champion will run at the Halford Insurance Grand Prix in Sheffield next month, organisers said.",
        "He set the mark there two years ago.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Halford Insurance Grand Prix"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Sheffield"), all(es));
  }

  @Test
  void anArenaIsNoOrganisation() {
    List<Entity> es = model("Indoor record",
        "She broke the world record at the Northern Indoor Arena last winter.",
        "The crowd rose to her.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Northern Indoor Arena"), all(es));
  }

  @Test
  void aCurrencyNamedByItsCountryHoldsNoPlace() {
    List<Entity> es = model("Bank results",
        "Net profit rose to 2.4 billion Mexican Pesos from 1.9 billion, the bank said.",
        "The dividend was unchanged.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Mexican Pesos"), all(es));
  }

  @Test
  void aTownAfterItsCouncilIsTheTown() {
    assertTrue(PartialNameMerger.townOfItsCouncil(new String[] {"hartlepool"}, new String[] {"hartlepool", "council"}));
    assertTrue(PartialNameMerger.townOfItsCouncil(new String[] {"hartlepool"},
        new String[] {"hartlepool", "borough", "council"}));
    assertFalse(PartialNameMerger.townOfItsCouncil(new String[] {"british"}, new String[] {"british", "arts", "council"}));
    List<Entity> es = model("Ballot papers late",
        "Hartlepool Council said ballot papers had not arrived in the Seaton area of Hartlepool.",
        "A Hartlepool Council spokesman said the post office was looking into it.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Hartlepool"), all(es));
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "Hartlepool Council"), all(es));
  }

  @Test
  void aTownKeepsAFirstWordThatOpensSentences() {
    List<Entity> es = model("Permit granted",
        "The company said it will build a plant near Last Hope, Colo., this year.",
        "Work will take about a year.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Last Hope"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Hope"), all(es));
  }

  @Test
  void aListAfterAPluralKindOfBodyIsBodies() {
    List<Entity> es = model("Settlement link",
        "The exchange will work with settlement agencies Clearnova and Fundlink on a new system.",
        "It will start in September.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Clearnova"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Fundlink"), all(es));
  }

  @Test
  void aVerySurePlaceNeedsNoCueWord() {
    assertTrue(EnglishModelNamesRound14.singleWord("Wetherby flood warning issued", 0, EntityType.PLACE, 95));
    assertTrue(EnglishModelNamesRound14.singleWord("both Kelby and Ashwick are villages", 3, EntityType.PLACE, 95));
    assertFalse(EnglishModelNamesRound14.singleWord("Wetherby flood warning issued", 0, EntityType.PLACE, 50), "an unsure place");
    assertFalse(EnglishModelNamesRound14.singleWord("First Wetherby is offering the notes", 1, EntityType.PLACE, 95),
        "a capitalised word before it: part of a longer name");
    assertFalse(EnglishModelNamesRound14.singleWord("fans of the Valley cheered", 3, EntityType.PLACE, 95), "after the: no");
  }
}
