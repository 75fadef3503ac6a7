package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionAdditionsTest {
  private static Mention person(int field, int start, int end) {
    return new Mention(field, start, end, "person:x", EntityType.PERSON, "X", false);
  }

  @Test
  void nothingAddedGivesTheSameList() {
    List<Mention> found = List.of(person(0, 0, 5));
    assertSame(found, new MentionAdditions(found).result());
  }

  @Test
  void aSpanIsFreeOnlyWhereNeitherFoundNorAddedMentionsOverlap() {
    List<Mention> found = List.of(person(1, 10, 20));
    MentionAdditions added = new MentionAdditions(found);
    assertFalse(added.free(1, 15, 25));
    assertTrue(added.free(0, 15, 25));
    added.add(person(0, 15, 25));
    assertFalse(added.free(0, 20, 30));
    assertTrue(added.free(1, 20, 30));
    assertEquals(List.of(person(1, 10, 20), person(0, 15, 25)), added.result());
  }

  @Test
  void overlappingReadsTheFoundMentionsFirstThenTheAdditionsInTheirOrder() {
    Mention town = new Mention(0, 10, 14, "place:x", EntityType.PLACE, "X", false);
    MentionAdditions added = new MentionAdditions(List.of(town));
    assertSame(town, added.overlapping(0, 12, 20));
    assertNull(added.overlapping(0, 14, 20), "touching the end is no overlap");
    Mention first = person(0, 16, 20);
    added.add(first);
    added.add(person(0, 18, 24));
    assertSame(first, added.overlapping(0, 19, 30), "the first addition that overlaps");
    assertSame(town, added.overlapping(0, 0, 30), "a found mention before any addition");
    assertNull(added.overlapping(1, 0, 30), "another field");
  }
}
