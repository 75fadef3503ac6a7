package io.newswire.enrich.entities.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.entities.ner.ArabicStem;
import io.newswire.enrich.entities.ner.WordClusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionalClusteringTest {
  /** Hand-written sentences: cities and persons each in their own contexts. */
  private static List<String[]> corpus() {
    String[] cities = {"بيروت", "دمشق", "طهران", "الدوحة"};
    String[] persons = {"سامي", "خالد", "مريم", "رامي"};
    List<String[]> out = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      for (String c : cities) {
        out.add(new String[] {"وصل", "الوفد", "إلى", c, "صباح", "اليوم"});
      }
      for (String p : persons) {
        out.add(new String[] {"قال", "الكاتب", p, "إن", "الكتاب", "جديد"});
      }
    }
    return out;
  }

  @Test
  void wordsInTheSameContextsShareAClassAndReruns() {
    WordClusters c = DistributionalClustering.cluster(corpus());
    int city = c.fine(ArabicStem.of("بيروت"));
    assertNotEquals(WordClusters.UNKNOWN, city);
    assertEquals(city, c.fine(ArabicStem.of("طهران")));
    assertEquals(city, c.fine(ArabicStem.of("الدوحة")));
    int person = c.fine(ArabicStem.of("سامي"));
    assertEquals(person, c.fine(ArabicStem.of("رامي")));
    assertEquals(c.coarse(ArabicStem.of("بيروت")), c.coarse(ArabicStem.of("دمشق")));
    assertEquals(WordClusters.UNKNOWN, c.fine(ArabicStem.of("القاهرة")));
    WordClusters again = DistributionalClustering.cluster(corpus());
    for (String w : new String[] {"بيروت", "سامي", "وصل", "الكاتب", "إن"}) {
      assertEquals(c.fine(ArabicStem.of(w)), again.fine(ArabicStem.of(w)), w);
    }
  }
}
