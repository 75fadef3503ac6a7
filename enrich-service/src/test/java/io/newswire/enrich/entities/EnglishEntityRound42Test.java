package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 42 (our own sentences): two names joined by a spaced ampersand are one firm, unless they are two places,
 * two different persons or a single letter's pair.
 */
class EnglishEntityRound42Test {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  @Test
  void namesJoinedByAnAmpersandAreOneFirm() {
    List<Entity> es = EntityExtractorTest.run("en", "Results season",
        "Shares in Procter & Gamble rose on Tuesday, while Johnson & Johnson said its sales would fall.",
        "The accountancy firm Deloitte & Touche audits the group's books.");
    assertTrue(has(es, EntityType.ORGANIZATION, "Procter & Gamble"), es.toString());
    assertTrue(has(es, EntityType.ORGANIZATION, "Johnson & Johnson"), es.toString());
    assertTrue(has(es, EntityType.ORGANIZATION, "Deloitte & Touche"), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Procter") || e.getName().equals("Johnson")), es.toString());
  }

  @Test
  void theSidesAreCapitalisedWordsOnly() {
    assertEquals(0, AmpersandFirms.leftStart("Marks & Spencer", 5));
    assertEquals(10, AmpersandFirms.leftStart("Shares in Tate & Lyle", 14));
    assertEquals(-1, AmpersandFirms.leftStart("soul and R & B", 11));
    assertEquals(15, AmpersandFirms.rightEnd("Tate & Lyle Plc said it", 7));
    assertEquals(11, AmpersandFirms.rightEnd("Tate & Lyle's sugar", 7));
  }

  @Test
  void twoPlacesOrTwoPersonsStayApart() {
    List<Entity> es = EntityExtractorTest.run("en", "Tennis news",
        "Tim Henman beat Andy Murray on Friday. Henman & Murray then flew to Paris & London for talks.");
    assertFalse(es.stream().anyMatch(e -> e.getName().contains("&")), es.toString());
  }
}
