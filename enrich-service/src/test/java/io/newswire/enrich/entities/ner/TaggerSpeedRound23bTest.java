package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 23b's shortcuts in the tagger's context rows (the bucket bits before the stem-pair probe, the
 * class-pair table) must find exactly the rows the plain lookups find.
 */
class TaggerSpeedRound23bTest {

  /** Every bucket of every shipped model: the filtered lookup answers what the probe answers. */
  @Test
  void bucketBitsFindTheSameRowsAsTheProbeInTheShippedModels() {
    for (String lang : new String[] {"ar", "fa", "en"}) {
      PerceptronTagger model = PerceptronTagger.loadShipped(lang);
      if (model == null) {
        continue; // a build without the model files has nothing to compare
      }
      PerceptronTagger.CompactWeights w = model.compactWeights();
      int found = 0;
      for (int b = 0; b < 1 << model.hashBits(); b++) {
        int row = w.row(b);
        assertEquals(row, w.rowIfUsed(b), lang + " bucket " + b);
        found += row >= 0 ? 1 : 0;
      }
      assertTrue(found > 1000, lang + ": a shipped model has many rows");
    }
  }

  /** Every class pair a sentence can ask for, and values outside the table, in every shipped model. */
  @Test
  void classPairTableFindsTheSameRowsAsTheHashedKeys() {
    for (String lang : new String[] {"ar", "fa", "en"}) {
      PerceptronTagger model = PerceptronTagger.loadShipped(lang);
      if (model == null) {
        continue;
      }
      int classes = model.coarseClasses();
      assertTrue(classes > 1, lang + ": the shipped models have word classes");
      int found = 0;
      for (int d = -1; d <= 1; d += 2) {
        for (int neighbour = -4; neighbour <= classes + 1; neighbour++) {
          for (int own = -2; own <= classes + 1; own++) {
            int expected = model.rowOf(TaggerFeatures.classPairKey(d, neighbour, own));
            assertEquals(expected, model.classPairRow(d, neighbour, own), lang + " " + d + " " + neighbour + " " + own);
            found += expected >= 0 ? 1 : 0;
          }
        }
      }
      assertTrue(found > 0, lang + ": some class pairs have rows");
    }
  }

  /** A small table: buckets at both ends of the range, and buckets past the largest used one. */
  @Test
  void bucketBitsAnswerEveryBucketOfASmallTable() {
    int[] buckets = {0, 5, 63, 64, 700, 4095};
    int nt = 3;
    float[] rows = new float[buckets.length * nt];
    for (int x = 0; x < rows.length; x++) {
      rows[x] = x + 1;
    }
    PerceptronTagger.CompactWeights w = new PerceptronTagger.CompactWeights(buckets, rows);
    for (int b = 0; b < 8192; b++) {
      assertEquals(w.row(b), w.rowIfUsed(b), "bucket " + b);
    }
    for (int r = 0; r < buckets.length; r++) {
      assertEquals(r * nt + 1f, w.rows[w.rowIfUsed(buckets[r])], "row of bucket " + buckets[r]);
    }
    PerceptronTagger.CompactWeights empty = new PerceptronTagger.CompactWeights(new int[0], new float[0]);
    assertEquals(-1, empty.rowIfUsed(0));
    assertEquals(-1, empty.rowIfUsed(1 << 19));
  }
}
