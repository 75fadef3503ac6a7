package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 23b's class-pair table must find exactly the rows the plain lookups find (its bucket bits before the
 * stem-pair probe became the whole lookup in round 31: {@link TaggerSpeedRound31Test}).
 */
class TaggerSpeedRound23bTest {

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
}
