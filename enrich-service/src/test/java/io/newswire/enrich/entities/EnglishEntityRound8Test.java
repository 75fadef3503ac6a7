package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.EnglishModelNamesRound8;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, English round 8: CoNLL-style copy (results lines, one-word names), on sentences written for these tests. */
class EnglishEntityRound8Test {
  private static void assertType(List<Entity> es, String text, EntityType type) {
    Entity e = mentioned(es, text);
    assertNotNull(e, text + " not found: " + all(es));
    assertEquals(type, e.getType(), text + ": " + all(es));
  }

  @Test
  void aResultsLineNamesTwoTeams() {
    List<Entity> es = model("Results of English league matches on Saturday:", "Leeds 2 Arsenal 1",
        "Aston Villa 0 Newcastle 3");
    assertType(es, "Leeds", EntityType.ORGANIZATION);
    assertType(es, "Aston Villa", EntityType.ORGANIZATION);
    assertType(es, "Newcastle", EntityType.ORGANIZATION);
  }

  @Test
  void aNationalTeamInAResultsLineStaysTheCountry() {
    List<Entity> es = model("Friendly international on Wednesday:", "Germany 2 Italy 1", "Leeds 1 Hull 1 (half-time 0-0)");
    assertType(es, "Germany", EntityType.PLACE);
    assertType(es, "Italy", EntityType.PLACE);
    assertType(es, "Hull", EntityType.ORGANIZATION);
  }

  @Test
  void aStandingsRowNamesATeam() {
    List<Entity> es = model("Standings after Saturday's games:", "Arsenal 10 7 2 1 21 8 23", "Leeds 10 6 3 1 18 9 21");
    assertType(es, "Leeds", EntityType.ORGANIZATION);
  }

  @Test
  void aYearOrAPriceAfterATownIsNoResult() {
    List<Entity> es = model("Plant to close", "The plant in Leeds 2 miles from the centre will close, and Hull will lose 300 jobs.");
    Entity leeds = mentioned(es, "Leeds");
    assertNotNull(leeds, all(es));
    assertEquals(EntityType.PLACE, leeds.getType(), "one number, no second team: " + all(es));
  }

  @Test
  void aTeamsManagerOrStrikerNamesTheTeam() {
    List<Entity> es = model("Cup tie", "Leeds manager Tom Baxter said the side would rest two players on Tuesday.");
    assertType(es, "Leeds", EntityType.ORGANIZATION);
    assertType(es, "Tom Baxter", EntityType.PERSON);
  }

  @Test
  void aPluralNounAndOfOpeningASentenceStayOutOfTheName() {
    List<Entity> es = model("Markets", "Shares of Wexford Holdings fell after the report.");
    assertType(es, "Wexford Holdings", EntityType.ORGANIZATION);
    assertNull(mentioned(es, "Shares of Wexford Holdings"), all(es));
  }

  @Test
  void coBeforeANameIsAnIrishCountyNotAFirm() {
    List<Entity> es = model("Weather", "Flooding closed roads in Co Kerry on Sunday, and a bridge in Co Mayo was shut.");
    assertType(es, "Co Kerry", EntityType.PLACE);
    assertType(es, "Co Mayo", EntityType.PLACE);
    assertNotNull(mentioned(es, "Co Kerry"));
  }

  @Test
  void firmsBandsAndFlightsAreNoLonePersons() {
    List<Entity> es = model("Airlines cut fares",
        "Rivals such as Lufthansa and Iberia cut fares, while Germany's Condor kept its prices.",
        "The group beat Travis and Idlewild into second place, and Belle & Sebastian came fourth.",
        "Flight MH17 left Amsterdam at noon.");
    for (String w : List.of("Lufthansa", "Iberia", "Condor", "Travis", "Idlewild", "Belle")) {
      Entity e = mentioned(es, w);
      assertTrue(e == null || e.getType() != EntityType.PERSON, w + ": " + all(es));
    }
    Entity flight = mentioned(es, "MH17");
    assertTrue(flight == null || flight.getType() != EntityType.ORGANIZATION, all(es));
  }

  @Test
  void aLonePersonNeedsAPersonsContext() {
    String[] w = "Rivals such as Lufthansa and Iberia cut fares , while Germany ' s Condor kept prices".split(" ");
    assertFalse(EnglishModelNamesRound8.onePersonContext(w, 3), "after 'such as'");
    assertFalse(EnglishModelNamesRound8.onePersonContext(w, 13), "after a possessive");
    String[] band = "Belle & Sebastian came fourth , and Essar which is linked".split(" ");
    assertFalse(EnglishModelNamesRound8.onePersonContext(band, 0), "before &");
    assertFalse(EnglishModelNamesRound8.onePersonContext(band, 7), "before which");
    String[] person = "Negotiators met again , but Kowalczyk walked out".split(" ");
    assertTrue(EnglishModelNamesRound8.onePersonContext(person, 5));
    assertTrue(EnglishModelNamesRound8.code("MH17"));
    assertFalse(EnglishModelNamesRound8.code("3M"));
  }

  @Test
  void aRegionAfterATownCommaIsAPlaceOnlyWhereThePhraseEnds() {
    String[] ok = "born in Charlottesville , Virginia ) in 1957".split(" ");
    assertTrue(EnglishModelNamesRound8.onePlace(ok, 4));
    String[] list = "allied with Singapore Telecom , Essar which is linked".split(" ");
    assertFalse(EnglishModelNamesRound8.onePlace(list, 5));
    String[] from = "a man from Yarraville was hurt".split(" ");
    assertTrue(EnglishModelNamesRound8.onePlace(from, 3));
    assertNotEquals(EnglishModelNamesRound8.onePlace(from, 3), EnglishModelNamesRound8.onePlace("the club at Chelsea".split(" "), 3));
  }

  @Test
  void professorIsATitleBeforeASurname() {
    List<Entity> es = model("Story", "In 2001, Professor Halvorsen retired from the faculty.");
    assertType(es, "Halvorsen", EntityType.PERSON);
    assertNull(mentioned(es, "Professor Halvorsen"), "the title stays outside: " + all(es));
  }

  @Test
  void anAcronymWithTheLegalFormsInitialIsTheFirm() {
    List<Entity> es = model("Banks in merger talks",
        "Shares in Tarsia Kellner Financial (TKFG) rose 3% on Monday.",
        "A TKFG spokesman said the bank was looking at several options.");
    Entity firm = mentioned(es, "Tarsia Kellner Financial");
    assertNotNull(firm, all(es));
    Entity acronym = mentioned(es, "TKFG");
    assertNotNull(acronym, all(es));
    assertEquals(firm.getId(), acronym.getId(), "TKFG is Tarsia Kellner Financial (Group): " + all(es));
  }

  @Test
  void aRankAdjectiveOpeningASentenceIsNoPartOfTheParty() {
    List<Entity> es = model("Story", "Senior Labour backbencher Tom Ainsley said the plan was sound.");
    assertNull(mentioned(es, "Senior Labour"), all(es));
    assertType(es, "Tom Ainsley", EntityType.PERSON);
  }
}
