package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionEditsTest {
  private static Mention place(int start, int end) {
    return new Mention(0, start, end, "place:x", EntityType.PLACE, "X", false);
  }

  @Test
  void nothingEditedGivesTheSameList() {
    List<Mention> found = List.of(place(0, 5), place(10, 15));
    MentionEdits edits = new MentionEdits(found);
    assertSame(found, edits.current());
    assertSame(found, edits.result());
  }

  @Test
  void editsGoToACopyAndDroppedMentionsLeaveTheResult() {
    List<Mention> found = List.of(place(0, 5), place(10, 15), place(20, 25));
    MentionEdits edits = new MentionEdits(found);
    edits.set(0, place(1, 5));
    edits.drop(1);
    assertEquals(List.of(place(0, 5), place(10, 15), place(20, 25)), found, "the list given is never changed");
    List<Mention> result = edits.result();
    assertNotSame(found, result);
    assertEquals(List.of(place(1, 5), place(20, 25)), result);
  }

  @Test
  void currentShowsTheEditsSoFarWithDroppedOnesNull() {
    List<Mention> found = List.of(place(0, 5), place(10, 15));
    MentionEdits edits = new MentionEdits(found);
    edits.set(1, place(10, 12));
    assertEquals(place(10, 12), edits.current().get(1));
    edits.drop(0);
    assertNull(edits.current().get(0));
    assertEquals(List.of(place(10, 12)), edits.result());
  }

  @Test
  void anyEditedSaysWhetherASetOrADropCameFirst() {
    List<Mention> found = List.of(place(0, 5), place(10, 15));
    MentionEdits none = new MentionEdits(found);
    assertFalse(none.anyEdited());
    none.current();
    none.result();
    assertFalse(none.anyEdited(), "reading the mentions is no edit");
    MentionEdits set = new MentionEdits(found);
    set.set(0, place(0, 5)); // the same mention again still counts: the pass chose to edit it
    assertTrue(set.anyEdited());
    MentionEdits dropped = new MentionEdits(found);
    dropped.drop(1);
    assertTrue(dropped.anyEdited());
  }
}
