package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 40 (our own sentences): in sport copy a name the rules left untyped right after a word of a match, of
 * joining, of a transfer or of a spell at a side ("after beating Feyenoord", "before joining Celtic", "spells at
 * Ajax") is the side, a club; not a person (a given name first, a surname of a player named in full), a ground, a
 * nationality noun, nor a title's qualifier (Olympic champion).
 */
class EnglishEntityRound40Test {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  @Test
  void anUntypedNameAfterAMatchOrSpellWordIsAClub() {
    List<Entity> es = EntityExtractorTest.run("en", "Veteran coach retires",
        "The coach, who had spells at Ajax and Benfica, retires at the end of the season after beating Feyenoord on Sunday.",
        "His best striker left before joining Celtic in the summer.");
    assertTrue(has(es, EntityType.ORGANIZATION, "AFC Ajax"), es.toString()); // the KB club filed under Ajax since round 51b
    assertTrue(has(es, EntityType.ORGANIZATION, "Feyenoord"), es.toString());
    assertTrue(has(es, EntityType.ORGANIZATION, "Celtic F.C."), es.toString()); // a KB club since round 44, its Wikipedia title
  }

  @Test
  void aPersonAGroundOrATitleAfterTheCueIsNoClub() {
    List<Entity> es = EntityExtractorTest.run("en", "Sprinter wins in Glasgow",
        "The sprinter ended the season with victory over Anna-Lena Moreau and then beat Olympic champion Pieter Vos.",
        "His team-mate returns from a loan spell at Kenwick Road, the league said.");
    assertFalse(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION
        && (e.getName().contains("Moreau") || e.getName().contains("Olympic") || e.getName().contains("Kenwick"))), es.toString());
  }

  @Test
  void withoutAWordOfSportTheCueIsAnOrdinaryWord() {
    List<Entity> es = EntityExtractorTest.run("en", "Council votes on budget",
        "Councillors voted against Brenford on Tuesday after the spending review.");
    assertFalse(has(es, EntityType.ORGANIZATION, "Brenford"), es.toString());
  }
}
