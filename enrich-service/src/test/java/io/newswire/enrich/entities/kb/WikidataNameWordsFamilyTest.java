package io.newswire.enrich.entities.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Round 17: the share a spelling needs is its spelling family's (one consonant skeleton), not its own. */
class WikidataNameWordsFamilyTest {
  @Test
  void variantSpellingsAddUpAndTheFamilysCommonestIsKept() {
    WikidataNameWordsBuilder b = new WikidataNameWordsBuilder();
    b.addLine("saif\tس ي ف\t19");
    b.addLine("seif\tس ي ف\t13");
    b.addLine("sayf\tس ي ف\t3");
    b.addLine("tughtakin\tس ي ف\t1");
    Map<String, Object[]> rows = b.kept(1, 0.7, 1);
    assertEquals("Saif", rows.get("سيف")[0]); // 35 of 36 pairs in the family, 19 of 36 for Saif alone
    assertEquals(19, rows.get("سيف")[1]);
  }

  @Test
  void twoNamesOfOneSpellingWithNoMajorityAreStillLeftOut() {
    WikidataNameWordsBuilder b = new WikidataNameWordsBuilder();
    b.addLine("jack\tج ا ك\t381");
    b.addLine("jacques\tج ا ك\t298");
    assertFalse(b.kept(1, 0.7, 1).containsKey("جاك")); // Jack and Jacques: two skeletons, neither at 70%
  }
}
