package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 51 (our own sentences): a firm opening with a title or rank keeps its name where the article repeats it
 * without the legal form; "U.S. Cents" names a currency, no place; a bare Treasury in copy counting in pounds is Britain's;
 * a club found by its town takes the KB club's name (not in rugby copy); the round's knowledge-base rows.
 */
class EnglishEntityRound51Test {

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void aTitleLedFirmIsTheFirmAgainWithoutItsLegalForm() {
    assertEquals(List.of("General Tileworks"), OpenerFirmRepeats.shortForms("General Tileworks Co"));
    assertEquals(List.of(), OpenerFirmRepeats.shortForms("Official Charts Company")); // a role word, no title
    List<Entity> es = EntityExtractorTest.run("en", "GENERAL TILEWORKS <GTW> TO SELL UNIT",
        "General Tileworks Co said it agreed to sell its roofing unit for 40 mln dlrs.",
        "General Tileworks' brick operations are not affected.");
    assertTrue(texts(es, EntityType.ORGANIZATION).contains("General Tileworks"), es.toString());
    assertFalse(texts(es, EntityType.PERSON).contains("Tileworks"), es.toString());
  }

  @Test
  void countryInitialsBeforeCentsAreNoPlace() {
    List<Entity> es = EntityExtractorTest.run("en", "GOLD FIRMER IN ZURICH",
        "Gold rose by about 40 U.S. Cents an ounce in quiet trading, dealers said.");
    assertFalse(texts(es, EntityType.PLACE).contains("U.S."), es.toString());
  }

  @Test
  void aTreasuryInCopyCountingInPoundsIsHmTreasury() {
    // no dateline, and both countries named: the pound sign makes the copy British
    List<Entity> es = EntityExtractorTest.run("en", "Film tax break extended",
        "Producers in the UK will get up to £3m per film under new Treasury measures, a boost against studios in the US.");
    Entity t = es.stream().filter(e -> EntityExtractorTest.texts(e).contains("Treasury")).findFirst().orElseThrow();
    assertEquals("HM Treasury", t.getName(), es.toString());
  }

  @Test
  void aClubNamedByItsTownTakesItsKbName() {
    List<Entity> es = EntityExtractorTest.run("en", "Moyes eyes cup run",
        "Everton have won four league games in a row, and the Everton striker scored again on Saturday.",
        "The manager said the squad was ready for the new season.");
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Everton F.C.") && EntityExtractorTest.texts(e).contains("Everton")),
        es.toString());
    // a rugby side shares the town: no football club's name
    List<Entity> rugby = EntityExtractorTest.run("en", "Tigers go top",
        "Leicester have won four games in a row, and the Leicester fly-half kicked three penalties.");
    assertFalse(rugby.stream().anyMatch(e -> e.getName().equals("Leicester City F.C.")), rugby.toString());
  }

  @Test
  void knowledgeBaseRowsOfTheRound() {
    // the shipped extractor: the rows name bodies the rules missed or cut
    List<Entity> es = new EntityExtractor().extract(EntityExtractorTest.fields("Sprinter eyes title",
        "The relay runner, who won gold for Team GB, told the Daily Star he would race again.",
        "She played her last WTA event in Germany.",
        "The USDA said the bill would go to the U.S. House of Representatives next week."), "en");
    List<String> places = texts(es, EntityType.PLACE);
    assertTrue(places.contains("Team GB"), es.toString());
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.contains("Daily Star") && orgs.contains("WTA") && orgs.contains("USDA"), es.toString());
    assertTrue(orgs.contains("U.S. House of Representatives"), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("United States Department of Agriculture")), es.toString());
  }
}
