package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Round 56: Viterbi runs per tag over the previous tags it may follow, keeping the best in locals. The lists it
 * walks are the allowed-tag lists turned round: previous tag p may precede t exactly when t is in p's list, in
 * ascending order, so a tie keeps the first previous tag as before.
 */
class TaggerSpeedRound56Test {
  // tags O, B-PER, I-PER, B-LOC, I-LOC; list p holds the tags allowed after previous tag p - 1 (p = 0: a sentence's start)
  private static final int[][] LISTS = {
      {0, 1, 3}, {0, 1, 3}, {0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1, 3, 4}, {0, 1, 3, 4}};

  @Test
  void previousTagsAreTheListsTurnedRound() {
    int[][] before = PerceptronTagger.before(LISTS, 1, LISTS.length, 5);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, before[0], "O follows any tag");
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, before[1], "B-PER follows any tag");
    assertArrayEquals(new int[] {1, 2}, before[2], "I-PER only continues B-PER or I-PER");
    assertArrayEquals(new int[] {3, 4}, before[4], "I-LOC only continues B-LOC or I-LOC");
    for (int t = 0; t < 5; t++) {
      for (int prev = 0; prev < 5; prev++) {
        boolean listed = java.util.Arrays.binarySearch(LISTS[prev + 1], t) >= 0;
        assertEquals(listed, java.util.Arrays.binarySearch(before[t], prev) >= 0, "t " + t + " after " + prev);
      }
    }
  }

  @Test
  void aSentenceOpensOnlyWithTagsAllowedFirst() {
    int[][] first = PerceptronTagger.before(LISTS, 0, 1, 5);
    assertArrayEquals(new int[] {-1}, first[0]);
    assertArrayEquals(new int[] {-1}, first[3]);
    assertArrayEquals(new int[0], first[2], "no I-PER opens a sentence");
    assertArrayEquals(new int[0], first[4], "no I-LOC opens a sentence");
  }
}
