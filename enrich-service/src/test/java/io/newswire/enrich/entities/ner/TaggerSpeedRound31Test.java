package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Round 31: the tagger's weight rows found by rank in bucket order (one bit per bucket and a running count per 64),
 * without the open-addressing key table. Every bucket must find its own row, every other bucket none.
 */
class TaggerSpeedRound31Test {

  /** The row each bucket should get: its position among the ascending buckets times the row width. */
  private static Map<Integer, Integer> expectedRows(int[] buckets, int nt) {
    Map<Integer, Integer> m = new HashMap<>();
    for (int r = 0; r < buckets.length; r++) {
      m.put(buckets[r], r * nt);
    }
    return m;
  }

  private static void assertEveryBucket(int[] buckets, int nt, int upTo) {
    float[] rows = new float[buckets.length * nt];
    for (int r = 0; r < buckets.length; r++) {
      for (int t = 0; t < nt; t++) {
        rows[r * nt + t] = buckets[r] + t / 8f;
      }
    }
    PerceptronTagger.CompactWeights w = new PerceptronTagger.CompactWeights(buckets, rows);
    Map<Integer, Integer> expected = expectedRows(buckets, nt);
    for (int b = 0; b < upTo; b++) {
      int row = w.row(b);
      assertEquals(expected.getOrDefault(b, -1), row, "bucket " + b);
      if (row >= 0) {
        for (int t = 0; t < nt; t++) {
          assertEquals(b + t / 8f, w.rows[row + t], 0f, "bucket " + b + " tag " + t);
        }
      }
    }
    assertArrayEquals(buckets, w.buckets());
  }

  @Test
  void sparseDenseAndFullWordsOfBuckets() {
    Random random = new Random(31);
    TreeSet<Integer> chosen = new TreeSet<>();
    // A sparse stretch, a dense stretch, and two whole 64-bucket words (all bits set) next to empty ones.
    while (chosen.size() < 2000) {
      chosen.add(random.nextInt(1 << 20));
    }
    for (int b = 70_000; b < 72_000; b++) {
      if (random.nextInt(3) > 0) {
        chosen.add(b);
      }
    }
    for (int b = 128; b < 256; b++) {
      chosen.add(b);
    }
    chosen.add(0);
    chosen.add(63);
    chosen.add((1 << 20) - 1);
    int[] buckets = chosen.stream().mapToInt(Integer::intValue).toArray();
    assertEveryBucket(buckets, 9, (1 << 20) + 300);
  }

  @Test
  void bucketsAtTheEdgesOfTheirWords() {
    assertEveryBucket(new int[] {0, 5, 63, 64, 700, 4095}, 3, 8192);
    assertEveryBucket(new int[] {64}, 1, 1000);
    assertEveryBucket(new int[] {1 << 19}, 2, (1 << 19) + 200);
  }

  @Test
  void anEmptyTableHasNoRows() {
    PerceptronTagger.CompactWeights empty = new PerceptronTagger.CompactWeights(new int[0], new float[0]);
    assertEquals(-1, empty.row(0));
    assertEquals(-1, empty.row(63));
    assertEquals(-1, empty.row(1 << 19));
    assertEquals(0, empty.buckets().length);
  }

  @Test
  void bucketsMustBeAscendingAndDistinct() {
    assertThrows(IllegalArgumentException.class, () -> new PerceptronTagger.CompactWeights(new int[] {5, 3}, new float[2]));
    assertThrows(IllegalArgumentException.class, () -> new PerceptronTagger.CompactWeights(new int[] {5, 5}, new float[2]));
  }

  /**
   * Each shipped model, loaded into the ranked rows and written out again, gives back its file's content byte for
   * byte: every weight was found at its own bucket.
   */
  @Test
  void shippedModelsWriteBackTheirOwnWeights() throws Exception {
    for (String lang : new String[] {"ar", "fa", "en"}) {
      byte[] file;
      try (InputStream in = PerceptronTagger.class.getClassLoader().getResourceAsStream(PerceptronTagger.resource(lang))) {
        if (in == null) {
          continue; // a build without the model files has nothing to compare
        }
        file = in.readAllBytes();
      }
      PerceptronTagger model = PerceptronTagger.load(new java.io.ByteArrayInputStream(file));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      model.save(out);
      assertArrayEquals(gunzip(file), gunzip(out.toByteArray()), lang);
      assertTrue(model.compactWeights().buckets().length > 1000, lang + ": a shipped model has many rows");
    }
  }

  private static byte[] gunzip(byte[] b) throws Exception {
    return new GZIPInputStream(new java.io.ByteArrayInputStream(b)).readAllBytes();
  }
}
