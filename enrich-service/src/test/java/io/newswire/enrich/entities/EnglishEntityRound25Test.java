package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 25 (our own sentences): a numbered radio station is one organisation; a party's singular member
 * noun is no entity; a town whose every mention is the surname of a person named in full is that person.
 */
class EnglishEntityRound25Test {

  @Test
  void aStationsNumberIsPartOfItsName() {
    List<Entity> es = model("Minister on air",
        "The minister told BBC Radio 4's morning programme that the plan would go ahead.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "BBC Radio 4"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "BBC Radio"), all(es));
  }

  @Test
  void aFigureAfterTheStationIsNoNumberOfIts() {
    assertEquals(-1, NumberedStations.numberEnd("BBC Radio 2,500 schools", 9));
    assertEquals(-1, NumberedStations.numberEnd("BBC Radio 1.5m listeners", 9));
    assertEquals(-1, NumberedStations.numberEnd("BBC Radio 4G trial", 9));
    assertEquals(11, NumberedStations.numberEnd("BBC Radio 4's show", 9));
    assertEquals(12, NumberedStations.numberEnd("BBC Radio 10, said", 9));
  }

  @Test
  void aPartysSingularMemberNounIsNoEntity() {
    List<Entity> es = model("School visit",
        "Tory leader Anne Smithers visited the school on Friday.",
        "Liberal Democrat chairman Tom Aldous said a Tory government would cut the budget.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Tory"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Liberal Democrat"), all(es));
  }

  @Test
  void thePartysPluralAndLabourStay() {
    List<Entity> es = model("Vote on the bill",
        "The Tories and the Liberal Democrats voted against the bill, while Labour backbenchers abstained.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Tories"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Liberal Democrats"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Labour"), all(es));
    assertTrue(!PartyAdjectives.memberNoun("the Lib Dem's plan", 4, 11));
    assertTrue(PartyAdjectives.memberNoun("the Lib Dem plan", 4, 11));
  }

  /** An invented article: a winger named in full, then by surname alone, which the linker gave a town. */
  private static final String WINGER =
      "The club offered winger Kevin Dawson a new deal. Dawson played a big part in the cup win.";

  private static final KbEntity TOWN = new KbEntity("place:ca:dawson", EntityType.PLACE, "Dawson", List.of(),
      Map.of("within", "CA", "iso2", "CA"));

  private static final KbEntity COUNTRY = new KbEntity("place:jo", EntityType.PLACE, "Jordan", List.of(), Map.of("iso2", "JO"));

  private static List<Mention> wingerMentions(List<FieldText> fields) {
    int f = fields.size() - 1;
    String d = fields.get(f).display();
    int full = d.indexOf("Kevin Dawson");
    int alone = d.indexOf("Dawson played");
    List<Mention> ms = new ArrayList<>(List.of(
        new Mention(f, full, full + 12, "person:name:kevin-dawson", EntityType.PERSON, "Kevin Dawson", false),
        new Mention(f, alone, alone + 6, "place:ca:dawson", EntityType.PLACE, "Dawson", false)));
    return ms;
  }

  @Test
  void aTownWhoseEveryMentionIsTheSurnameOfAPersonNamedInFullIsThePerson() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(WINGER));
    List<Mention> out = SurnameRepeats.retypePlaces(fields, wingerMentions(fields), id -> TOWN);
    assertEquals(EntityType.PERSON, out.get(1).type(), out.toString());
    assertEquals("person:name:kevin-dawson", out.get(1).entityId(), out.toString());
  }

  @Test
  void aCountryOrATownAlsoNamedInAnotherWayStays() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(WINGER));
    List<Mention> country = SurnameRepeats.retypePlaces(fields, wingerMentions(fields), id -> COUNTRY);
    assertEquals(EntityType.PLACE, country.get(1).type(), "a country is never a surname's repeat: " + country);
    // a mention of the town that is more than the surname alone keeps the town
    List<Mention> ms = wingerMentions(fields);
    int f = fields.size() - 1;
    String d = fields.get(f).display();
    int two = d.indexOf("Kevin Dawson");
    ms.add(new Mention(f, two, two + 12, "place:ca:dawson", EntityType.PLACE, "Dawson", false));
    List<Mention> kept = SurnameRepeats.retypePlaces(fields, ms, id -> TOWN);
    assertEquals(EntityType.PLACE, kept.get(1).type(), "the town has a mention that is no bare surname: " + kept);
  }

  @Test
  void aTownAfterATransferWordInSportCopyIsTheClub() {
    List<Entity> es = model("Striker stays put",
        "The striker has rejected a move to Portsmouth and will stay at the club until the end of the season.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Portsmouth"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Portsmouth"), all(es));
  }

  @Test
  void aGroundOrCopyWithNoSportKeepsThePlace() {
    List<Entity> es = model("Family moves",
        "The family announced a move to Portsmouth after the father found work at the docks.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Portsmouth"), all(es));
    assertTrue(!io.newswire.enrich.entities.names.Fixtures.transferCueBefore("a move to Goodison Park", 10, 23));
    assertTrue(io.newswire.enrich.entities.names.Fixtures.transferCueBefore("a move to Stoke City", 10, 20));
  }
}
