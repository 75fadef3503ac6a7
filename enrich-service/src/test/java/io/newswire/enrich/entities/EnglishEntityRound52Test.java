package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.Constituencies;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 52 (our own sentences): a member's seat named by two places is one place; a bare Labour in copy on
 * Britain is the British Labour Party; the round's knowledge-base rows (bands named bare and in lists, Migration Watch,
 * the IRA as a modifier), and a band opens no list of bodies.
 */
class EnglishEntityRound52Test {

  private static final EntityExtractor SHIPPED = new EntityExtractor();

  private static List<Entity> shipped(String... paragraphs) {
    return SHIPPED.extract(EntityExtractorTest.fields(paragraphs), "en");
  }

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void aSeatNamedByTwoPlacesIsOnePlace() {
    List<Entity> es = shipped("Former minister backs reform",
        "Jane Roe, the Labour MP for Ashford and Weald, said the plans would cost too much.");
    assertTrue(texts(es, EntityType.PLACE).contains("Ashford and Weald"), es.toString());
    assertTrue(Constituencies.seatAt("the MP for Ashford and Weald", 11));
    assertFalse(Constituencies.seatAt("a flight for Ashford and Weald", 13)); // no member's word before "for"
  }

  @Test
  void aBareLabourInCopyOnBritainIsTheBritishParty() {
    List<Entity> es = shipped("Poll boost for Labour",
        "Labour would win a third term in Britain, a survey of voters in 80 seats suggests.");
    Entity labour = es.stream().filter(e -> EntityExtractorTest.texts(e).contains("Labour")).findFirst().orElseThrow();
    assertEquals("Labour Party (UK)", labour.getName(), es.toString());
    // copy on Israel: its own Labour, not Britain's
    List<Entity> israel = shipped("Coalition talks resume",
        "Labour leaders met in Israel on Sunday to discuss the coalition with Likud.");
    assertFalse(israel.stream().anyMatch(e -> e.getName().equals("Labour Party (UK)")), israel.toString());
  }

  @Test
  void knowledgeBaseRowsOfTheRound() {
    List<Entity> es = shipped("Festival line-up announced",
        "Franz Ferdinand, Razorlight and Snow Patrol will headline, with U2 fans expected in their thousands.",
        "The think tank Migration Watch said the figures were too low, as did consultants Booz Allen Hamilton.",
        "He served as minister during the mass IRA escape of that year.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    for (String name : List.of("Franz Ferdinand", "Razorlight", "Snow Patrol", "U2", "Migration Watch",
        "Booz Allen Hamilton", "IRA")) {
      assertTrue(orgs.contains(name), name + ": " + es);
    }
    assertFalse(texts(es, EntityType.PERSON).contains("Franz Ferdinand"), es.toString());
  }

  @Test
  void aBandOpensNoListOfBodies() {
    // music copy lists bands beside singers: the singer stays a person
    List<Entity> es = shipped("Rock poll results",
        "Readers voted for Snow Patrol, Razorlight and Morrissey in the annual music poll.");
    assertFalse(texts(es, EntityType.ORGANIZATION).contains("Morrissey"), es.toString());
  }
}
