package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.EnglishModelNames;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 38b (our own sentences): "Premier" of "the Premier League" is no premier and its "League" no person;
 * a run ending in a nationality adjective before its noun (the North American box office) is no place.
 */
class EnglishEntityRound38bTest {

  @Test
  void thePremierLeagueIsACompetition() {
    assertTrue(EnglishNameRecognizer.competition("premier", "premier", "league", 2));
    assertFalse(EnglishNameRecognizer.competition("arab", "arab", "league", 2), "the Arab League is a body");
    List<Entity> es = EntityExtractorTest.run("en", "Date set for hearing",
        "The Premier League is trying to find a date for the hearing, a Premier League spokesman said.",
        "Premier Wen Jiabao visited Shanghai on Monday.");
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("League")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Wen Jiabao") && e.getType() == EntityType.PERSON), es.toString());
  }

  @Test
  void aNationalityAdjectiveBeforeItsNounIsNoPlace() {
    assertTrue(EnglishModelNames.demonymModifier("American", "box"));
    assertTrue(EnglishModelNames.demonymModifier("Korean", "film"));
    assertFalse(EnglishModelNames.demonymModifier("Korean", "on"), "a function word may follow a place");
    assertFalse(EnglishModelNames.demonymModifier("Sebastian", "."), "no noun after it");
    assertFalse(EnglishModelNames.demonymModifier("AMERICAN", "box"), "a capitals line");
    List<Entity> es = EntityExtractorTest.run("en", "Comedy stays on top",
        "The comedy has topped the North American box office for a second weekend, with South Korean film director"
            + " Park Min-soo in Toronto.");
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("North American")), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("South Korean")), es.toString());
  }
}
