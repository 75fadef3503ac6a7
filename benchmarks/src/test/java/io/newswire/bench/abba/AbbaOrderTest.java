package io.newswire.bench.abba;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AbbaOrderTest {
  @Test
  void twoBuildsRunABBA() {
    StringBuilder seq = new StringBuilder();
    for (int r = 0; r < 4; r++) {
      for (int i : AbbaOrder.of(r, 2)) {
        seq.append((char) ('A' + i));
      }
    }
    assertEquals("ABBAABBA", seq.toString());
  }

  @Test
  void eachPairOfRoundsGivesEveryBuildMirroredPositions() {
    // over rounds 2k and 2k+1 a build at position p runs at n-1-p next: first and last equally often
    for (int builds = 1; builds <= 4; builds++) {
      for (int k = 0; k < 3; k++) {
        int[] pos0 = positions(AbbaOrder.of(2 * k, builds));
        int[] pos1 = positions(AbbaOrder.of(2 * k + 1, builds));
        for (int b = 0; b < builds; b++) {
          assertEquals(builds - 1, pos0[b] + pos1[b], "builds " + builds + ", build " + b);
        }
      }
    }
  }

  private static int[] positions(int[] order) {
    int[] pos = new int[order.length];
    for (int p = 0; p < order.length; p++) {
      pos[order[p]] = p;
    }
    return pos;
  }

  @Test
  void everyRoundRunsEveryBuildOnce() {
    assertArrayEquals(new int[] {0, 1, 2}, AbbaOrder.of(0, 3));
    assertArrayEquals(new int[] {2, 1, 0}, AbbaOrder.of(1, 3));
    assertArrayEquals(new int[] {0}, AbbaOrder.of(7, 1));
  }

  @Test
  void rejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> AbbaOrder.of(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> AbbaOrder.of(0, 0));
  }
}
