package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 49 (our own sentences): a firm's whole name in Reuters' angle brackets is one organisation, a ticker in
 * them none; the round's knowledge-base rows; the High Street (the retail trade) no place.
 */
class EnglishEntityRound49Test {

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void aBracketedFirmNameIsOneOrganisation() {
    List<Entity> es = EntityExtractorTest.run("en", "<CORVANE FOODS LTD> 4TH QTR NET",
        "TORONTO, March 3 - Oper shr 12 cts vs nine cts.",
        "The company said it sold its bakery unit to <Harwick Trust and Savings Bank> for 12 mln dlrs.",
        "It also raised its stake in Kelby Match <KLBY ST> to 12 pct.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.contains("CORVANE FOODS LTD"), es.toString());
    assertTrue(orgs.contains("Harwick Trust and Savings Bank"), es.toString());
    assertFalse(orgs.contains("Harwick Trust"), es.toString());
    assertFalse(orgs.contains("KLBY ST"), es.toString()); // a ticker with its exchange's code
  }

  @Test
  void knowledgeBaseRowsOfTheRound() {
    // the shipped extractor: the rows name what the rules cut or typed wrong
    List<Entity> es = new EntityExtractor().extract(EntityExtractorTest.fields("Rapper Jay-Z signs deal",
        "Jay-Z, real name Shawn Carter, will tour with Beyonce in May, the British Retail Consortium and accountants KPMG said.",
        "Turkish premier Recep Erdogan spoke of the court for the former Yugoslavia."), "en");
    List<String> persons = texts(es, EntityType.PERSON);
    assertTrue(persons.contains("Jay-Z") && persons.contains("Shawn Carter"), es.toString());
    assertTrue(es.stream().filter(e -> e.getType() == EntityType.PERSON && EntityExtractorTest.texts(e).contains("Jay-Z"))
        .allMatch(e -> EntityExtractorTest.texts(e).contains("Shawn Carter")), es.toString());
    assertTrue(persons.contains("Recep Erdogan"), es.toString());
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.contains("British Retail Consortium") && orgs.contains("KPMG"), es.toString());
    assertTrue(texts(es, EntityType.PLACE).contains("Yugoslavia"), es.toString());
  }

  @Test
  void theHighStreetIsTheTradeNoPlace() {
    List<Entity> es = EntityExtractorTest.run("en", "Bargains 'fail to lift High Street'",
        "Shoppers stayed away from the High Street in February, while sales in Leeds rose.");
    List<String> places = texts(es, EntityType.PLACE);
    assertFalse(places.contains("High Street"), es.toString());
    assertTrue(places.contains("Leeds"), es.toString());
  }

  @Test
  void downingStreetIsTheOfficeTheStreetAfterANumber() {
    List<Entity> es = new EntityExtractor().extract(EntityExtractorTest.fields("Talks on aid",
        "Downing Street said the talks would go on.", "The two men met at 10 Downing Street on Monday."), "en");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    List<String> places = texts(es, EntityType.PLACE);
    assertTrue(orgs.contains("Downing Street") && places.contains("Downing Street"), es.toString());
  }
}
