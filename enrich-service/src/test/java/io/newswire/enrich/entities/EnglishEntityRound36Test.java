package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 36 (our own sentences): a sentence-opening function word before a surname ("If Dawson is not
 * fit") joins no name to it, so the bare surname of a person named in full is still that person, not a town of the same
 * name; in sport copy a town before "star", "youngster", "prop" or "lock", or before a possessive and a player named in
 * full (Gloucester's Andy Hazell), is its club; plural nouns for people and headline participles (Users, Reporters, Famed, Murdered, Unclear) are no names.
 */
class EnglishEntityRound36Test {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  /** A mention's text, not the entity's name: in rugby copy round 54 names a side by its KB row (Gloucester Rugby). */
  private static boolean mentioned(List<Entity> es, EntityType type, String text) {
    return es.stream().anyMatch(e -> e.getType() == type
        && e.getMentions().stream().anyMatch(m -> m.getText().equals(text)));
  }

  private static boolean named(List<Entity> es, String name) {
    return es.stream().anyMatch(e -> e.getName().equals(name));
  }

  @Test
  void aSurnameAfterASentenceOpenerIsThePersonNotTheTown() {
    List<Entity> es = EntityExtractorTest.run("en", "Dawson doubt for cup tie",
        "Scrum-half Matt Dawson has a calf strain, his club said on Sunday.",
        "If Dawson is not fit, the coach will pick a younger player for the match in Cardiff.");
    assertFalse(has(es, EntityType.PLACE, "Dawson"), es.toString());
    assertTrue(has(es, EntityType.PERSON, "Matt Dawson"), es.toString());
  }

  @Test
  void openerBeforeIsOnlyAFunctionWordOpeningTheSentence() {
    assertTrue(SurnameRepeats.bare("If Dawson is not fit", 3, 9));
    assertTrue(SurnameRepeats.bare("He rested. But Dawson played on.", 15, 21));
    assertFalse(SurnameRepeats.bare("The Dawson family", 4, 10), "an article makes a thing's name");
    assertFalse(SurnameRepeats.bare("said Tom Dawson today", 9, 15), "a given name before it");
  }

  @Test
  void pluralNounsAndHeadlineWordsAreNoNames() {
    List<Entity> es = EntityExtractorTest.run("en", "Unclear future for Harwell plant",
        "Users will be able to pay by phone, Harwell Systems said in London.",
        "Reporters were told the plant would close. Famed designer Ann Corvell spoke at the launch.");
    assertFalse(named(es, "Users"), es.toString());
    assertFalse(named(es, "Reporters"), es.toString());
    assertFalse(named(es, "Unclear"), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().startsWith("Famed")), es.toString());
    assertTrue(has(es, EntityType.PLACE, "London"), es.toString());
  }

  @Test
  void aTownBeforeAPlayersStandingOrAPlayerIsItsClub() {
    List<Entity> es = EntityExtractorTest.run("en", "Hadley out of Six Nations opener",
        "Flanker Tom Hadley has a knee injury and misses the match against Wales, the coach said on Sunday.",
        "Gloucester's Andy Hazell and Leicester star Lewis Moody should be fit for the league game.");
    assertTrue(mentioned(es, EntityType.ORGANIZATION, "Gloucester"), es.toString());
    assertTrue(mentioned(es, EntityType.ORGANIZATION, "Leicester"), es.toString());
    assertFalse(has(es, EntityType.PLACE, "Leicester"), es.toString());
  }

  @Test
  void anAdjectiveOpeningASentenceBeforeStarIsNoClub() {
    List<Entity> es = EntityExtractorTest.run("en", "Club mourns former player",
        "The club said the season would go on. Teenage star Colin Marr scored twice in the league cup.");
    assertFalse(named(es, "Teenage"), es.toString());
  }
}
