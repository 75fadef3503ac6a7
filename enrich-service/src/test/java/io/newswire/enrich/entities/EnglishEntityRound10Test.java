package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 10: a sure longer name of the English model built on a KB place takes the place of
 * the names inside it; untyped runs typed by the model down to a negative margin; no pronoun contraction is a
 * name (our own sentences).
 */
class EnglishEntityRound10Test {
  /** No entity has exactly this mention on its own. */
  private static boolean onlyInsideLonger(List<Entity> es, String text) {
    return mentioned(es, text) == null;
  }

  @Test
  void aRailwayNamedAfterATownIsOneNameNotTheTown() {
    List<Entity> es = model("Rail notes",
        "The locomotive was sold to the Atlantic City Railroad in 1911 and ran on the line until 1930.",
        "The line was later closed.");
    assertNotNull(mentioned(es, "Atlantic City Railroad"), all(es));
    assertTrue(onlyInsideLonger(es, "Atlantic City"), "the town alone is no mention here: " + all(es));
  }

  @Test
  void anotherRailwayAndAParkBuiltOnPlaces() {
    List<Entity> es = model("Rail notes",
        "The engine was later sold to the Baltimore Harbor Railroad, which used it until 1930.",
        "Crowds gathered in Dover Street Park before the march to the town hall.");
    assertNotNull(mentioned(es, "Baltimore Harbor Railroad"), all(es));
    assertTrue(onlyInsideLonger(es, "Baltimore"), all(es));
    Entity park = mentioned(es, "Dover Street Park");
    assertNotNull(park, all(es));
    assertTrue(park.getType() == EntityType.PLACE, all(es));
    assertTrue(onlyInsideLonger(es, "Dover"), all(es));
  }

  @Test
  void aKbOrganisationInsideALongerRunIsNotOverridden() {
    // Only places inside give way: a party the KB knows keeps its own match (no new longer name over it).
    List<Entity> es = model("Politics",
        "The motion was backed by the Labour Party and opposed by the government in Suva.",
        "The vote was held on Tuesday.");
    Entity labour = mentioned(es, "Labour Party");
    assertNotNull(labour, all(es));
    assertTrue(labour.getType() == EntityType.ORGANIZATION, all(es));
    assertNotNull(mentioned(es, "Suva"), all(es));
  }

  @Test
  void aSentenceOpenerBeforeAPossessiveStaysUntyped() {
    // Round 8's band: "Keane's Hopes and Fears" is an album of a band, no person.
    List<Entity> es = model("Music notes",
        "Keane's Hopes and Fears was described as the best-selling album of the year.",
        "The band toured Europe in the spring.");
    Entity keane = mentioned(es, "Keane");
    assertTrue(keane == null || keane.getType() != EntityType.PERSON, all(es));
    assertNotEquals(null, mentioned(es, "Europe"), all(es));
  }

  @Test
  void aPronounsContractionIsNoName() {
    assertTrue(io.newswire.enrich.entities.ner.EnglishModelNames.contraction("We've"));
    assertTrue(io.newswire.enrich.entities.ner.EnglishModelNames.contraction("I\u2019d"));
    assertTrue(io.newswire.enrich.entities.ner.EnglishModelNames.contraction("Don't"));
    assertTrue(!io.newswire.enrich.entities.ner.EnglishModelNames.contraction("O'Brien"), "a name with an apostrophe");
    assertTrue(!io.newswire.enrich.entities.ner.EnglishModelNames.contraction("Reuters"));
    List<Entity> es = model("Club reaction",
        "\"We've worked hard for this and I'd like to thank the fans,\" said coach Daniel Okafor after the match in Leeds.",
        "The team plays again on Saturday.");
    assertTrue(mentioned(es, "We've") == null && mentioned(es, "I'd") == null, all(es));
  }
}
