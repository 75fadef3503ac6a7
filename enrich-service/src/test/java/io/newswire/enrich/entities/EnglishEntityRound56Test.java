package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 56 (our own sentences): the knowledge-base rows for the US president and secretary of state of 1987
 * wire copy, named by the bare surname in a capitals headline, and for the US trade department; a name opened by a
 * describing compound whose first part the KB names ("the Reagan-appointed X Commission") kept after the compound
 * (UnknownNameLinker with ParticipleOpeners); the round's knowledge-base rows for sport bodies and firms; grounds named
 * without a ground's head (at Twickenham, his time at Ibrox) dropped in sport copy (SportsGrounds).
 */
class EnglishEntityRound56Test {

  private static final EntityExtractor SHIPPED = new EntityExtractor();

  private static List<Entity> shipped(String... paragraphs) {
    return SHIPPED.extract(EntityExtractorTest.fields(paragraphs), "en");
  }

  private static Entity holding(List<Entity> es, String text) {
    return es.stream().filter(e -> EntityExtractorTest.texts(e).contains(text)).findFirst().orElse(null);
  }

  private static void named(List<Entity> es, String text, EntityType type, String name) {
    Entity e = holding(es, text);
    assertNotNull(e, text + ": " + es);
    assertEquals(type, e.getType(), text + ": " + es);
    assertEquals(name, e.getName(), text + ": " + es);
  }

  @Test
  void aCapitalsHeadlineNamesThePresidentByHisSurname() {
    List<Entity> es = shipped("REAGAN ASKS CONGRESS FOR FARM AID",
        "President Reagan asked Congress on Tuesday for more farm aid, and Reagan said he would veto a smaller bill.");
    named(es, "REAGAN", EntityType.PERSON, "Ronald Reagan");
    named(es, "Reagan", EntityType.PERSON, "Ronald Reagan");
    assertEquals(1, es.stream().filter(e -> e.getType() == EntityType.PERSON).count(), es.toString());
  }

  @Test
  void theSecretaryOfStateByHisSurnameInTheHeadline() {
    List<Entity> es = shipped("SHULTZ TO MEET SOVIET ENVOY",
        "Secretary of State George Shultz will meet the Soviet envoy in Geneva next week, officials said.");
    named(es, "SHULTZ", EntityType.PERSON, "George Shultz");
    named(es, "George Shultz", EntityType.PERSON, "George Shultz");
  }

  @Test
  void theCommerceDepartmentIsTheUsTradeDepartment() {
    List<Entity> es = shipped("Factory orders rise",
        "Factory orders rose 2.1% in May, the Commerce Department said, while China's Commerce Ministry reported weaker exports.");
    named(es, "Commerce Department", EntityType.ORGANIZATION, "United States Department of Commerce");
    Entity ministry = holding(es, "Commerce Ministry");
    assertTrue(ministry == null || !ministry.getName().equals("United States Department of Commerce"), es.toString());
  }

  @Test
  void aNameAfterACompoundOpenedByAKnowledgeBaseNameIsKept() {
    List<Entity> es = shipped("Aid plan",
        "The White House will follow the Reagan-appointed Harwick Commission, which reported on Monday.");
    named(es, "Reagan", EntityType.PERSON, "Ronald Reagan");
    named(es, "Harwick Commission", EntityType.ORGANIZATION, "Harwick Commission");
  }

  @Test
  void aCompoundThatIsNoParticipleKeepsNothingAfterIt() {
    List<Entity> es = shipped("Summit talks",
        "Officials recalled the Reagan-Gorbachev summit in Geneva, where talks went well.");
    named(es, "Reagan", EntityType.PERSON, "Ronald Reagan");
    assertNull(holding(es, "Gorbachev summit"), es.toString());
    named(es, "Geneva", EntityType.PLACE, "Geneva");
  }

  @Test
  void sportBodiesAndFirmsByTheirKnowledgeBaseNames() {
    List<Entity> es = shipped("Runner cleared to race",
        "Athletics Kenya lifted the ban on Tuesday, and the Spanish FA fined the club for the chants.",
        "EuroDisney said visitor numbers rose, while Air Deccan and Air Sahara ordered new planes.");
    named(es, "Athletics Kenya", EntityType.ORGANIZATION, "Athletics Kenya");
    named(es, "Spanish FA", EntityType.ORGANIZATION, "Royal Spanish Football Federation");
    named(es, "EuroDisney", EntityType.ORGANIZATION, "Euro Disney S.C.A.");
    named(es, "Air Deccan", EntityType.ORGANIZATION, "Air Deccan");
    named(es, "Air Sahara", EntityType.ORGANIZATION, "Air Sahara");
  }

  @Test
  void aGroundNamedWithoutAHeadIsNoPlaceInSportCopy() {
    List<Entity> es = shipped("England name unchanged side",
        "England coach Andy Robinson named an unchanged side to face Italy at Twickenham on Saturday.",
        "The fly-half scored twice against Scotland at Murrayfield last season, and his time at Ibrox as a youth was short.");
    assertNull(holding(es, "Twickenham"), es.toString());
    assertNull(holding(es, "Murrayfield"), es.toString());
    assertNull(holding(es, "Ibrox"), es.toString());
    named(es, "Italy", EntityType.PLACE, "Italy");
  }

  @Test
  void aGroundsNameAsTheClubOrAfterInIsKept() {
    List<Entity> es = shipped("Striker wants move",
        "The striker has told the Anfield boss he wants to leave the club before the season ends.",
        "He grew up in Twickenham and joined the academy at 16, the manager said after the match.");
    Entity club = holding(es, "Anfield");
    assertNotNull(club, es.toString());
    assertEquals(EntityType.ORGANIZATION, club.getType(), es.toString());
    named(es, "Twickenham", EntityType.PLACE, "Twickenham");
  }
}
