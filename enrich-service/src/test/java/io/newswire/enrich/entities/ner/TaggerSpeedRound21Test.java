package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Round 21's decoder tables (issue 12): each must answer exactly what the lookup it replaces answers. */
class TaggerSpeedRound21Test {
  /** The used-bucket bits answer absent buckets alone; present ones still find their own row. */
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

  /** The tabled class pair rows are the rows the hashed class pair features look up, for every pair. */
  @Test
  void classPairTableMatchesTheLookups() {
    for (String lang : List.of("ar", "fa", "en")) {
      PerceptronTagger model = PerceptronTagger.loadShipped(lang);
      if (model == null) {
        continue;
      }
      assertTrue(model.tablesClassPairs(), lang + ": the shipped models have few coarse classes");
      int classes = model.coarseClasses();
      for (int side = 0; side < 2; side++) {
        for (int nc = -3; nc < classes; nc++) {
          if (nc == -2) {
            continue;
          }
          for (int own = -1; own < classes; own++) {
            long key = TaggerFeatures.classPairKey(side == 0 ? -1 : 1, nc, own);
            assertEquals(model.rowOf(key), model.classPairRow(side, nc, own), lang + " " + side + " " + nc + " " + own);
          }
        }
      }
    }
  }

  /**
   * Many distinct words (more than the recent-word slots, so slots are overwritten) and repeats: the
   * cached tagging equals the uncached one, and a word read back from a reused slot is its own.
   */
  @Test
  void recentWordSlotsChangeNoScore() {
    PerceptronTagger model = PerceptronTagger.loadShipped("en");
    if (model == null) {
      return;
    }
    List<String[]> sentences = new ArrayList<>();
    String[] frame = "The minister of X said on Monday that Y would visit Z next week .".split(" ");
    for (int k = 0; k < 12_000; k++) {
      String[] s = frame.clone();
      s[3] = "Province" + k;
      s[8] = "Lopez" + (k % 97);
      s[11] = k % 2 == 0 ? "Paris" : "Amman";
      sentences.add(s);
    }
    for (int pass = 0; pass < 2; pass++) {
      assertEquals(model.tagDocumentUncached(sentences), model.tagDocument(sentences), "pass " + pass);
    }
  }

  /** A word-list tag of a neighbour two words back and one ahead counts in the cached path as in the hashed one. */
  @Test
  void gazetteerRowsOfNeighboursChangeNoScore() {
    PerceptronTagger model = PerceptronTagger.loadShipped("ar");
    if (model == null) {
      return;
    }
    List<String[]> sentences = List.of(
        "التقى الرئيس الأمريكي جو بايدن في واشنطن مع رئيس الوزراء العراقي".split(" "),
        "وصل وفد من حركة حماس إلى القاهرة أمس".split(" "),
        "قال أبو محمد إن الوضع في بغداد هادئ".split(" "));
    assertEquals(model.tagDocumentUncached(sentences), model.tagDocument(sentences));
  }
}
