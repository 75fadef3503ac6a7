package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 53 (our own sentences): a lawmaker's party-and-state tag gives the state; a capitals headline's firm
 * keeps both its legal forms; the place inside "X-born"; a body's last words repeat the body; the round's knowledge-base
 * rows (tobacco firms, MG Rover, the Observer, performers by a stage name or initials, OPEC and the OECD in full).
 */
class EnglishEntityRound53Test {

  private static final EntityExtractor SHIPPED = new EntityExtractor();

  private static List<Entity> shipped(String... paragraphs) {
    return SHIPPED.extract(EntityExtractorTest.fields(paragraphs), "en");
  }

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  private static Entity named(List<Entity> es, String name) {
    return es.stream().filter(e -> e.getName().equals(name)).findFirst().orElse(null);
  }

  @Test
  void aLawmakersPartyTagGivesHisState() {
    List<Entity> es = shipped("Farm bill faces vote",
        "Sen. Walter Brandt, D-Ill., said the bill would pass, and Rep. Carl Lowe (R-Tex) agreed.",
        "The mill's new R-Tex fabric sold well.");
    List<String> places = texts(es, EntityType.PLACE);
    assertEquals(List.of("Ill"), EntityExtractorTest.texts(named(es, "Illinois")), es.toString());
    assertEquals(List.of("Tex"), EntityExtractorTest.texts(named(es, "Texas")), es.toString()); // only the tag's
    assertFalse(places.contains("D"), es.toString());
  }

  @Test
  void aCapitalsHeadlineFirmKeepsBothLegalForms() {
    List<Entity> es = EntityExtractorTest.run("en", "HARWICK TRUCKING CO INC <HTCI> 4TH QTR NET",
        "DALLAS, March 5 - Shr profit 26 cts vs profit 10 cts.");
    assertTrue(texts(es, EntityType.ORGANIZATION).contains("HARWICK TRUCKING CO INC"), es.toString());
  }

  @Test
  void thePlaceInsideBornIsAPlace() {
    List<Entity> es = shipped("Singer tops chart",
        "The Lagos-born singer beat the Glasgow-based band to the top spot, and the Estonian-born drummer came third.");
    List<String> places = texts(es, EntityType.PLACE);
    assertTrue(places.contains("Lagos"), es.toString());
    assertTrue(places.contains("Glasgow"), es.toString());
    assertFalse(places.contains("Estonian"), es.toString());
  }

  @Test
  void knowledgeBaseRowsOfTheRound() {
    List<Entity> es = shipped("Rover talks stall",
        "MG Rover said talks with Shanghai Automotive Industry Corp had stalled, the Observer reported. Rover staff were told.",
        "Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco and Brown and Williamson were named; Altria's Philip Morris said"
            + " little.",
        "Eminem, PJ Harvey and Delta Goodrem played, members of the Organization of Petroleum Exporting Countries said.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    for (String name : List.of("MG Rover", "Rover", "Shanghai Automotive Industry Corp", "Observer", "Altria Group",
        "RJ Reynolds Tobacco", "Lorillard Tobacco", "Brown and Williamson", "Philip Morris",
        "Organization of Petroleum Exporting Countries")) {
      assertTrue(orgs.contains(name), name + ": " + es);
    }
    assertEquals("OPEC", es.stream().filter(e -> EntityExtractorTest.texts(e)
        .contains("Organization of Petroleum Exporting Countries")).findFirst().orElseThrow().getName());
    List<String> persons = texts(es, EntityType.PERSON);
    for (String name : List.of("Eminem", "PJ Harvey", "Delta Goodrem")) {
      assertTrue(persons.contains(name), name + ": " + es);
    }
    assertFalse(persons.contains("Philip Morris") || persons.contains("Williamson"), es.toString());
    assertFalse(texts(es, EntityType.PLACE).contains("Rover"), es.toString());
  }

  @Test
  void aBodysLastWordsRepeatTheBody() {
    List<Entity> es = shipped("Court to rule on request",
        "Lawyers asked the Marlow County Superior Court to release the forms. The Superior Court will rule on Monday.");
    Entity court = es.stream().filter(e -> EntityExtractorTest.texts(e).contains("Superior Court")).findFirst().orElseThrow();
    assertTrue(EntityExtractorTest.texts(court).contains("Marlow County Superior Court"), es.toString());
    // a central bank's last words name another bank; a name joining two papers is neither
    List<Entity> banks = shipped("Bank plans new policies",
        "The Central Bank of Tarnia said the Bank of Tarnia, the largest lender, would grow.");
    Entity bank = banks.stream().filter(e -> EntityExtractorTest.texts(e).contains("Bank of Tarnia")).findFirst().orElseThrow();
    assertFalse(EntityExtractorTest.texts(bank).contains("Central Bank of Tarnia"), banks.toString());
  }
}
