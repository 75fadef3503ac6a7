package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 24 (our own sentences): the open compound before "-based" is the whole place.
 */
class EnglishEntityRound24Test {

  @Test
  void theWholeOpenCompoundBeforeBasedIsThePlace() {
    List<Entity> es = model("Lender buys branches",
        "The Santa Rosa-based lender said on Monday it had bought four branches from a rival.",
        "The Fort Collins-based unit will run them, its chief told analysts.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Santa Rosa"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Fort Collins"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Rosa"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Collins"), all(es));
  }

  @Test
  void aSentenceOpeningPrepositionIsNoPartOfThePlace() {
    List<Entity> es = model("Software sales",
        "Unlike Denver-based rivals, the firm sells its software abroad, the company said.",
        "The Portland-based maker said sales rose.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Unlike Denver"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Denver"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Portland"), all(es));
  }
}
