package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 13: clubs named by their town or a bare name in sport copy (a staff word or a
 * plural verb after the name), squad lists "Player (Club)" (our own sentences).
 */
class EnglishEntityRound13Test {

  @Test
  void aTownFollowedByAClubsStaffWordIsTheClubThroughoutTheArticle() {
    List<Entity> es = model("Boss under pressure",
        "Glasgow have won only one of their last nine league games, and the Glasgow chairman refused to comment.",
        "The side were beaten 3-0 at home on Saturday. Glasgow face a long trip next week.",
        "Fans gathered outside the ground in Glasgow after the match.");
    assertEquals(3, mentionsOf(es, EntityType.ORGANIZATION, "Glasgow"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Glasgow"), "in Glasgow is the city: " + all(es));
    // the club the KB lacks gets the id Arabic or Persian copy naming it "Glasgow" would give (CrossScriptId)
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION && e.getId().equals("org:name:glasgow")),
        all(es));
  }

  @Test
  void withoutSportTheTownStaysAPlace() {
    List<Entity> es = model("Council budget",
        "Glasgow have a new budget, and the council said spending on roads in Glasgow would rise.",
        "The city's leader said the plan was fair.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Glasgow"), all(es));
  }

  @Test
  void anUnknownNameWithAPluralVerbInSportCopyIsAClub() {
    List<Entity> es = model("Loan deal agreed",
        "Valdoria have been given permission to sign a striker after an injury crisis.",
        "Valdoria are 15th in the league, two points above the relegation zone.");
    assertTrue(mentionsOf(es, EntityType.ORGANIZATION, "Valdoria") >= 1, all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Valdoria"), all(es));
  }

  @Test
  void aCommonWordOpeningASentenceIsNoClub() {
    List<Entity> es = model("Squad hit by knocks",
        "Injuries have taken their toll on the squad this season, the coach said.",
        "Two injuries in training left the side short of a striker.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Injuries"), all(es));
  }

  @Test
  void aSquadListNamesEachPlayersClubAndLeavesCountriesAsPlaces() {
    List<Entity> es = model("Coach names squad",
        "The coach named a 30-man squad for the opening league match of the season.",
        "Backs: Tom Whitlock (Harbourside Rovers), Dan Pryce (Glasgow), Alan Mercer (captain, Kingsmere Athletic), "
            + "Sean Doyle (Harbourside Rovers), Peter Lowe (Wales).");
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "Harbourside Rovers"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Glasgow"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Kingsmere Athletic"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Wales"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Alan Mercer"), all(es));
  }

  @Test
  void aCoachsPlayersAreHisNotAClubs() {
    List<Entity> es = model("Visitors hold on",
        "Marko Vrdoljak's players stood firm as the visitors held on for a 1-1 draw in the league.",
        "Vrdoljak's squad now sit fifth.");
    assertEquals(0, es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION
        && e.getName().contains("Vrdoljak")).count(), all(es));
  }

  @Test
  void aMinisterOfAPortfolioIsThePersonAfterIt() {
    List<Entity> es = model("Output to stay steady",
        "Indonesia's Minister of Mines and Energy Hartono told reporters in Jakarta that output would not change.",
        "Hartono said the cartel's members were keeping to their quotas.");
    assertTrue(mentionsOf(es, EntityType.PERSON, "Hartono") >= 1, all(es));
    assertEquals(0, es.stream().filter(e -> e.getName().contains("Mines") || e.getName().contains("Energy")).count(), all(es));
  }

  @Test
  void aBodysFirstWordAloneIsThatBodyNotAPlace() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(
        "Harbour Brewers said it would buy a stake in Kestrel Breweries. Kestrel makes lager. A plant opened in Kestrel."));
    String d = fields.get(fields.size() - 1).display();
    int f = fields.size() - 1;
    int body = d.indexOf("Kestrel Breweries");
    int alone = d.indexOf("Kestrel makes");
    int town = d.lastIndexOf("Kestrel");
    List<io.newswire.enrich.entities.link.Mention> ms = List.of(
        new io.newswire.enrich.entities.link.Mention(f, body, body + 17, "org:en:kestrel-breweries", EntityType.ORGANIZATION,
            "Kestrel Breweries", false),
        new io.newswire.enrich.entities.link.Mention(f, alone, alone + 7, "place:en:kestrel", EntityType.PLACE, "Kestrel", false),
        new io.newswire.enrich.entities.link.Mention(f, town, town + 7, "place:en:kestrel", EntityType.PLACE, "Kestrel", false));
    List<io.newswire.enrich.entities.link.Mention> out = EnglishClubs.shortForms(fields, ms, id -> null);
    assertEquals(EntityType.ORGANIZATION, out.get(1).type(), out.toString());
    assertEquals("org:en:kestrel-breweries", out.get(1).entityId(), out.toString());
    assertEquals(EntityType.PLACE, out.get(2).type(), "in Kestrel is the town: " + out);
  }

  @Test
  void onlyABodyOfTwoOrThreeWordsLendsItsFirstWordAsAShortForm() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(
        "Osprey Malt Breweries and Kestrel Pale Ale Breweries reported sales. Osprey makes lager. Kestrel makes ale."));
    int f = fields.size() - 1;
    String d = fields.get(f).display();
    int three = d.indexOf("Osprey Malt Breweries");
    int four = d.indexOf("Kestrel Pale Ale Breweries");
    int osprey = d.indexOf("Osprey makes");
    int kestrel = d.indexOf("Kestrel makes");
    List<Mention> ms = List.of(
        new Mention(f, three, three + 21, "org:en:osprey-malt-breweries", EntityType.ORGANIZATION, "Osprey Malt Breweries", false),
        new Mention(f, four, four + 26, "org:en:kestrel-pale-ale-breweries", EntityType.ORGANIZATION, "Kestrel Pale Ale Breweries",
            false),
        new Mention(f, osprey, osprey + 6, "place:en:osprey", EntityType.PLACE, "Osprey", false),
        new Mention(f, kestrel, kestrel + 7, "place:en:kestrel", EntityType.PLACE, "Kestrel", false));
    List<Mention> out = EnglishClubs.shortForms(fields, ms, id -> null);
    assertEquals("org:en:osprey-malt-breweries", out.get(2).entityId(), out.toString());
    assertEquals(EntityType.PLACE, out.get(3).type(), "a body of four words lends no short form: " + out);
  }
}
