package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 36b (our own sentences): capitalised words inside a work's title joined by lower-case function words
 * after a kind of work ("the film Flight of the Phoenix") are the title's, not a place or person; a name after
 * "bookmaker(s)" is a body.
 */
class EnglishEntityRound36bTest {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  private static boolean named(List<Entity> es, String name) {
    return es.stream().anyMatch(e -> e.getName().equals(name));
  }

  @Test
  void aNameInsideATitleRunIsTheWorks() {
    List<Entity> es = EntityExtractorTest.run("en", "Director plans desert remake",
        "The director will shoot a remake of the 1960 film Flight of the Phoenix in Morocco next year, the studio said.",
        "His last album Letters to the Pacific sold well in London.");
    assertFalse(named(es, "Phoenix"), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().contains("Pacific")), es.toString());
    assertTrue(has(es, EntityType.PLACE, "Morocco"), "a place right after in is where the work is made: " + es);
    assertTrue(has(es, EntityType.PLACE, "London"), es.toString());
  }

  @Test
  void aPlaceAfterFromOrAPlayInAPossessivePlaceStays() {
    String s = "the film The Sea Inside from Spain won";
    assertFalse(WorkTitles.insideTitleRun(s, s.indexOf("Spain"), List.of()), "from says where a work comes from");
    String d = "the play Twelve Nights in London's West End opened";
    assertFalse(WorkTitles.insideTitleRun(d, d.indexOf("West"), List.of()), "where a play runs");
    String t = "the film Flight of the Phoenix opened";
    assertTrue(WorkTitles.insideTitleRun(t, t.indexOf("Phoenix"), List.of()));
    String a = "a film in Paris";
    assertFalse(WorkTitles.insideTitleRun(a, a.indexOf("Paris"), List.of()), "no capitalised first word");
  }

  @Test
  void aMatchWordBeforeATownIsACueOfItsSide() {
    String d = "He returns from injury against Cardiff on Saturday after the loss to Bath.";
    assertTrue(Fixtures.matchCueBefore(d, d.indexOf("Cardiff")));
    assertTrue(Fixtures.matchCueBefore(d, d.indexOf("Bath")));
    assertFalse(Fixtures.matchCueBefore(d, d.indexOf("Saturday")));
    assertTrue(Fixtures.matchCueBefore("the win over Leeds", 13));
    assertFalse(Fixtures.matchCueBefore("the debeat Leeds", 11), "the end of a longer word");
  }

  @Test
  void aNameAfterBookmakersIsABody() {
    List<Entity> es = EntityExtractorTest.run("en", "Punters back actor for award",
        "The actor is the favourite at bookmakers Corby Bet, ahead of the singer Jane Holt.",
        "Odds on the show's winner were cut on Monday in Manchester.");
    assertTrue(has(es, EntityType.ORGANIZATION, "Corby Bet"), es.toString());
  }
}
