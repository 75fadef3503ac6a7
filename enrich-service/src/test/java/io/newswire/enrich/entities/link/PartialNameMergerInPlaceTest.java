package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Initials and edges read in place give what the split and copied arrays gave. */
class PartialNameMergerInPlaceTest {
  @Test
  void initialsTakeEachHyphenatedPartsLetter() {
    assertEquals("cips", PartialNameMerger.initials(new String[] {"chartered", "institute", "of", "purchasing", "and", "supply"}));
    assertEquals("abco", PartialNameMerger.initials(new String[] {"anglo-british", "-", "co--op-", "&"}));
    assertEquals("ab", PartialNameMerger.initials(new String[] {"-anglo", "9th", "bank", "corp"}, 3));
    assertEquals("", PartialNameMerger.initials(new String[] {"", "the", "--"}));
  }

  @Test
  void anEdgeIsTheFirstOrLastWords() {
    String[] whole = {"jane", "mary", "smith"};
    assertTrue(PartialNameMerger.isEdge(new String[] {"smith"}, whole));
    assertTrue(PartialNameMerger.isEdge(new String[] {"jane", "mary"}, whole));
    assertFalse(PartialNameMerger.isEdge(new String[] {"mary"}, whole));
    assertFalse(PartialNameMerger.isEdge(new String[] {"jane", "smith"}, whole));
  }
}
