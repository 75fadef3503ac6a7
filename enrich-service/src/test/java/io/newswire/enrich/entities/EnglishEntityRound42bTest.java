package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 42b (our own sentences): the Chancellor's yearly Budget is an event, not a body; a Swede's, a Texan's or a
 * former Beatle's name starts after the demonym.
 */
class EnglishEntityRound42bTest {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  @Test
  void theBudgetIsNoBody() {
    List<Entity> es = EntityExtractorTest.run("en", "Tax plans",
        "The Chancellor will cut fuel duty in the Budget, Treasury sources said on Monday.",
        "His last Budget before the election will be delivered in March, while the Congressional Budget Office in Washington"
            + " warned of a deficit.");
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Budget")), es.toString());
    assertTrue(has(es, EntityType.ORGANIZATION, "Congressional Budget Office"), es.toString());
  }

  @Test
  void onlyTheWholeWordIsTheEvent() {
    String d = "the Budget, two Budgets, the budget, Budgetary";
    assertTrue(FiscalEvents.budget(d, 4, 10));
    assertTrue(FiscalEvents.budget(d, 16, 23));
    assertFalse(FiscalEvents.budget(d, 29, 35));
    assertFalse(FiscalEvents.budget(d, 37, 46));
  }

  @Test
  void aDemonymBeforeTheNameIsNoPartOfIt() {
    List<Entity> es = EntityExtractorTest.run("en", "Open results",
        "Swede Lars Ekdahl beat Texan Bobby Trent in straight sets, watched by former Beatle Tom Yardley.");
    assertTrue(has(es, EntityType.PERSON, "Lars Ekdahl"), es.toString());
    assertTrue(has(es, EntityType.PERSON, "Bobby Trent"), es.toString());
    assertTrue(has(es, EntityType.PERSON, "Tom Yardley"), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().startsWith("Swede") || e.getName().startsWith("Texan")
        || e.getName().startsWith("Beatle")), es.toString());
  }
}
