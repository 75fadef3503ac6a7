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
 * Issue 13, English round 19 (our own sentences): an apposition naming a kind of body types the name before it; a plural
 * kind before "X and Y Electric" lists two bodies; codes and plural acronyms are no names; titles listed after "games
 * such as" are works; a one-word name that takes ", which" is no person.
 */
class EnglishEntityRound19Test {

  @Test
  void aKindOfBodyInTheAppositionMakesAnOrganisation() {
    List<Entity> es = model("Builder's shares slide",
        "Shares in Varnello, the Maltese company founded by two brothers, fell 9% in early trading.",
        "Dealers said Varnello would recover.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Varnello"), all(es));
    assertTrue(mentionsOf(es, EntityType.ORGANIZATION, "Varnello") >= 1, all(es));
  }

  @Test
  void theCompanysOfficeIsNoKindOfBody() {
    List<Entity> es = model("New chief",
        "The board met in Dunmarrow, the company's home town, on Tuesday.",
        "It named a new chief.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Dunmarrow"), all(es));
  }

  @Test
  void aKindWordAfterOfIsNoApposition() {
    List<Entity> es = model("Writer's essays",
        "She wrote for the journal Northern Lantern Review, a selection of her magazine articles was printed later.",
        "Critics liked it.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Review"), all(es));
  }

  @Test
  void aPluralKindBeforeTwoNamesJoinedByAndListsTwoBodies() {
    List<Entity> es = model("Carmakers team up",
        "Motor giants Halvorsen and Tarquil Electric will share the cost of new engines.",
        "Halvorsen said the deal would save money.");
    assertTrue(mentionsOf(es, EntityType.ORGANIZATION, "Halvorsen") >= 1, all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Tarquil Electric"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Halvorsen and Tarquil Electric"), all(es));
  }

  @Test
  void oneBodyNamedWithAndStaysOneWithoutAKindBefore() {
    List<Entity> es = model("Regulator acts",
        "The Securities and Exchange Commission said it would look at the deal.",
        "No date was set.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Securities and Exchange Commission"), all(es));
  }

  @Test
  void codesAndPluralAcronymsAreNoNames() {
    assertTrue(ShapeNotNames.notName("MH17"));
    assertTrue(ShapeNotNames.notName("QF204"));
    assertTrue(ShapeNotNames.notName("TVs"));
    assertTrue(ShapeNotNames.notName("LCDs"));
    assertFalse(ShapeNotNames.notName("G20"), "one capital: a group of countries");
    assertFalse(ShapeNotNames.notName("BBC"));
    assertFalse(ShapeNotNames.notName("Sony"));
    assertFalse(ShapeNotNames.notName("ITV2"), "one digit: a channel");
    List<Entity> es = model("Search goes on",
        "Families waited in Perth for news of flight QF204, which vanished over the sea.",
        "Cheap LCDs and TVs were on sale in the airport.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "QF204"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "TVs"), all(es));
  }

  @Test
  void titlesListedAfterGamesSuchAsAreWorks() {
    assertTrue(WorkTitles.inKindList("hit games of the past ten years such as Castle Warden, Sky Harbour and Iron Tide", 71));
    assertTrue(WorkTitles.inKindList("films including Marlow Bay and Iron Tide", 31));
    assertFalse(WorkTitles.inKindList("firms such as Halvorsen and Tarquil", 28), "a kind of body, no work");
    assertFalse(WorkTitles.inKindList("games such as chess. Then Halvorsen", 26), "a sentence ended");
    List<Entity> es = model("Designer honoured",
        "The designer made games of the past ten years such as Castle Warden, Harold Keeper and Sky Harbour.",
        "Designer Ellis Varga said he was surprised.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Harold Keeper"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Ellis Varga"), all(es));
  }

  @Test
  void aOneWordNameThatTakesWhichIsNoPerson() {
    assertTrue(io.newswire.enrich.entities.ner.EnglishModelNames.whichAfter(new String[] {"Tarquil", ",", "which", "makes"}, 1));
    assertFalse(io.newswire.enrich.entities.ner.EnglishModelNames.whichAfter(new String[] {"Tarquil", ",", "who", "makes"}, 1));
  }

  @Test
  void aBrandIsNoBodyNorAreItsRepeats() {
    assertTrue(WorkTitles.brandAfter("the well-known Ostrava lager brand, and", 22));
    assertTrue(WorkTitles.brandAfter("which makes Ostrava brand cameras", 19));
    assertFalse(WorkTitles.brandAfter("Ostrava branded the move", 7), "a verb");
    assertFalse(WorkTitles.brandAfter("Ostrava said its brand", 7), "a lower-case word that is no brand's kind, then a second");
    List<Entity> es = model("Brewer buys stake",
        "The group will buy a stake in the maker of the Ostrava lager brand, the company said.",
        "Ostrava has a fifth of the market.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Ostrava"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Ostrava"), all(es));
  }

  @Test
  void anOpenerBeforeAKnownSurnameInTheHeadlineIsNoGivenName() {
    List<Entity> es = model("Dogged Varga claims Doha crown",
        "World number one Peter Varga won the Doha title on Sunday.",
        "Top seed Varga lost the first set. Swiss star Varga came back to win.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Dogged Varga"), all(es));
    assertTrue(mentionsOf(es, EntityType.PERSON, "Varga") >= 3, all(es));
  }

  @Test
  void aTickerInBracketsAfterANameIsNoMention() {
    assertTrue(ShapeNotNames.ticker("Halvorsen Tools Inc <HTI> said", 21, 24));
    assertTrue(ShapeNotNames.ticker("HALVORSEN <HTI> SEES LOSS", 11, 14));
    assertFalse(ShapeNotNames.ticker("said it bought <Halvorsen Tools Inc> for", 16, 35), "a firm's whole name in brackets");
    assertFalse(ShapeNotNames.ticker("<HTI> SEES LOSS", 1, 4), "nothing before it");
    List<Entity> es = model("HALVORSEN TOOLS <HTI> SEES LOSS",
        "Halvorsen Tools Inc <HTI> said it expected a loss in 1987.",
        "The company said sales fell.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "HTI"), all(es));
  }

  @Test
  void aPersonsBareSurnameRepeatsAreThePerson() {
    List<Entity> es = model("Minister sees steady prices",
        "Mining Minister Tarquil said on Monday that prices would hold.",
        "Tarquil, speaking at a conference in Perth, blamed spot sales, and Tarquil said the group would meet again.");
    assertEquals(3, mentionsOf(es, EntityType.PERSON, "Tarquil"), all(es));
  }
}
