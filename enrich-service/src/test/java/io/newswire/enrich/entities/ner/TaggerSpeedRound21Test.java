package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Round 21 (issue 12): the bit per bucket of the tagger's weight table must answer what the probe answers. */
class TaggerSpeedRound21Test {
  @Test
  void compactWeightsFindEveryRowAndNoOther() {
    Random random = new Random(21);
    int nt = 3;
    int[] buckets = random.ints(0, 1 << 20).distinct().limit(5_000).sorted().toArray();
    float[] rows = new float[buckets.length * nt];
    Map<Integer, Integer> rowOf = new HashMap<>();
    for (int r = 0; r < buckets.length; r++) {
      rowOf.put(buckets[r], r);
      for (int t = 0; t < nt; t++) {
        rows[r * nt + t] = r * 10 + t;
      }
    }
    PerceptronTagger.CompactWeights w = new PerceptronTagger.CompactWeights(buckets, rows);
    for (int b : buckets) {
      int at = w.row(b);
      assertTrue(at >= 0, "bucket " + b);
      for (int t = 0; t < nt; t++) {
        assertEquals(rowOf.get(b) * 10 + t, w.rows[at + t]);
      }
    }
    for (int k = 0; k < 200_000; k++) {
      int b = random.nextInt(1 << 21); // beyond the largest used bucket too
      if (!rowOf.containsKey(b)) {
        assertEquals(-1, w.row(b), "absent bucket " + b);
      }
    }
  }

  /** Buckets 0 and 63/64 (the edges of a word of bits) and a table of one bucket. */
  @Test
  void edgesOfTheBitWords() {
    int[] buckets = {0, 63, 64, 1_048_575};
    PerceptronTagger.CompactWeights w = new PerceptronTagger.CompactWeights(buckets, new float[] {1, 2, 3, 4});
    for (int r = 0; r < buckets.length; r++) {
      assertEquals(r + 1f, w.rows[w.row(buckets[r])]);
    }
    for (int b : new int[] {1, 62, 65, 127, 128, 1_048_574, 1_048_576}) {
      assertEquals(-1, w.row(b), "bucket " + b);
    }
    PerceptronTagger.CompactWeights one = new PerceptronTagger.CompactWeights(new int[] {5}, new float[] {7});
    assertEquals(7f, one.rows[one.row(5)]);
    assertEquals(-1, one.row(4));
    assertEquals(-1, one.row(6));
  }
}
