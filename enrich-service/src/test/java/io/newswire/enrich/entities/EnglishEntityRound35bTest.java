package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 35b (our own sentences): in arts copy a title framed by an actor's part ("her role in Marlow
 * Bay", "his performance in Corvane", "starred in", "star of", "nominated for") is a film, no person or place; the same
 * frame in business copy ("its role in Harbrook") and a person's possessive after it (Hughes' film), a stage run ("performances in Leeds") and a name before a kind ("Marlow Bay musical") are left alone.
 */
class EnglishEntityRound35bTest {

  private static boolean has(List<Entity> es, String name) {
    return es.stream().anyMatch(e -> e.getName().equals(name));
  }

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  @Test
  void aTitleAfterAnActorsPartIsNoName() {
    List<Entity> es = EntityExtractorTest.run("en", "Actress up for award",
        "Actress Jenna Corlett has been nominated for best actress for her role in Marlow Bay.",
        "The film's star Tom Reddick won praise for his performance in Dellamy, which was shot in Dublin.");
    assertFalse(has(es, "Marlow Bay"), es.toString());
    assertFalse(has(es, "Dellamy"), es.toString());
    assertTrue(has(es, EntityType.PERSON, "Jenna Corlett"), es.toString());
    assertTrue(has(es, EntityType.PERSON, "Tom Reddick"), es.toString());
    assertTrue(has(es, EntityType.PLACE, "Dublin"), es.toString());
  }

  @Test
  void theFrameIsReadOnlyInArtsCopy() {
    assertTrue(WorkTitles.afterPartFrame("She starred in Marlow Bay", 15));
    assertTrue(WorkTitles.afterPartFrame("the star of Marlow Bay", 12));
    assertFalse(WorkTitles.afterPartFrame("a key role Marlow", 11));
    assertFalse(WorkTitles.afterPartFrame("her performances in Leeds", 20), "a stage run in a city");
    assertTrue(WorkTitles.kindAfter("the star of Marlow Bay musical Corvane", 22), "the name qualifies a kind of work");
    List<FieldText> business = List.of(new FieldText(0, "paragraphs[0]",
        io.newswire.text.analysis.FieldAnalysis.of("The bank played a role in Harbrook's rescue, its chairman said."), 0));
    assertFalse(WorkTitles.artsCopy(business));
    List<FieldText> arts = List.of(new FieldText(0, "paragraphs[0]",
        io.newswire.text.analysis.FieldAnalysis.of("The actor won for his role in Marlow Bay."), 0));
    assertTrue(WorkTitles.artsCopy(arts));
  }

  @Test
  void aPossessiveAfterTheFrameIsTheDirector() {
    assertTrue(WorkTitles.possessiveAfter("starred in Hughes' film", 17));
    assertTrue(WorkTitles.possessiveAfter("starred in Reddick's film", 18));
    assertFalse(WorkTitles.possessiveAfter("starred in Marlow Bay.", 21));
  }
}
