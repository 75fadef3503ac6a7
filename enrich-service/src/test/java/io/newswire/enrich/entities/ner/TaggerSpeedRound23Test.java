package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Round 23's faster sums in the tagger must give the same floats as the plain loops they replace. */
class TaggerSpeedRound23Test {

  /**
   * {@link PerceptronTagger#addRows(float[], int[], int, float[], int)} keeps each tag's running sum in a
   * local and takes the tags a few at a time; every tag count the models could have (the shipped ones
   * have 7 and 9) must give the bits of the row-by-row loop. Weights of mixed magnitudes make the sums
   * depend on the order of the additions, so a reordering would show.
   */
  @Test
  void rowSumsAreTheRowByRowSumsBitForBit() {
    Random random = new Random(23);
    for (int nt = 1; nt <= 13; nt++) {
      int rowCount = 40;
      float[] rows = new float[rowCount * nt];
      for (int x = 0; x < rows.length; x++) {
        rows[x] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
      }
      for (int n = 0; n <= 30; n++) {
        int[] starts = new int[n + 3]; // longer than n: the entries past n must not be read
        for (int r = 0; r < starts.length; r++) {
          starts[r] = random.nextInt(rowCount) * nt;
        }
        float[] start = new float[nt];
        for (int t = 0; t < nt; t++) {
          start[t] = (float) random.nextGaussian() * 100;
        }
        float[] expected = start.clone();
        for (int r = 0; r < n; r++) {
          for (int t = 0; t < nt; t++) {
            expected[t] += rows[starts[r] + t];
          }
        }
        float[] actual = start.clone();
        PerceptronTagger.addRows(rows, starts, n, actual, nt);
        for (int t = 0; t < nt; t++) {
          assertEquals(Float.floatToRawIntBits(expected[t]), Float.floatToRawIntBits(actual[t]),
              "tags " + nt + ", rows " + n + ", tag " + t);
        }
      }
    }
  }
}
