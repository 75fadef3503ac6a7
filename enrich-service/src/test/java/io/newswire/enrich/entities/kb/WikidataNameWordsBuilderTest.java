package io.newswire.enrich.entities.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pair lines written for this test in the format of the Wikidata name-pair file (english, spaced Arabic letters, count). */
class WikidataNameWordsBuilderTest {
  private static Map<String, Object[]> build(String... lines) {
    WikidataNameWordsBuilder b = new WikidataNameWordsBuilder();
    for (String l : lines) {
      b.addLine(l);
    }
    return b.kept(2, 0.7, 1);
  }

  @Test
  void theDominantEnglishFormIsKeptWithItsCountAcrossArabicSpellingVariants() {
    Map<String, Object[]> t = build(
        "jorge\tخ و ر خ ي\t40",
        "jorge\tخ و ر خ ى\t3", // alef maksura: the same word in the matching form
        "george\tخ و ر خ ي\t2",
        "mendes\tم ي ن د ي ز\t5");
    assertEquals("Jorge", t.get("خورخي")[0]);
    assertEquals(43, t.get("خورخي")[1]);
    assertEquals("Mendes", t.get("مينديز")[0]);
  }

  @Test
  void noisyRareAndSplitPairsAreRejected() {
    Map<String, Object[]> t = build(
        "bosniak\tع ث م ا ن\t3", // a misaligned pair: the letters do not agree
        "austria\tا ل ن م س ا\t40", // a translated word with the article
        "zaki\tز ك ي\t1", // seen once: below the count threshold
        "jack\tج ا ك\t5",
        "jacques\tج ا ك\t4"); // two names (two skeletons), neither dominant; variant spellings of one name add up (round 17)
    assertNull(t.get("عثمان"));
    assertNull(t.get("النمسا"));
    assertNull(t.get("زكي"));
    assertNull(t.get("جاك"));
  }

  @Test
  void englishFormsAreFoldedToAsciiAndLettersMustAgree() {
    assertEquals("rodriguez", WikidataNameWordsBuilder.english("Rodríguez"));
    assertNull(WikidataNameWordsBuilder.english("94"));
    assertTrue(WikidataNameWordsBuilder.lettersAgree("رودريغيز", "rodriguez", 1));
    assertFalse(WikidataNameWordsBuilder.lettersAgree("عثمان", "bosniak", 1));
  }

  @Test
  void englishFormsAreReadAsArabicWritesForeignSounds() {
    // round 21: v is written ف and a soft g ج; the plain phonetic key rejected George and Ivanov
    assertEquals("jeorje", WikidataNameWordsBuilder.asArabicWrites("george"));
    assertTrue(WikidataNameWordsBuilder.lettersAgree("جورج", "george", 1));
    assertTrue(WikidataNameWordsBuilder.lettersAgree("ايفانوف", "ivanov", 1));
    assertFalse(WikidataNameWordsBuilder.lettersAgree("عثمان", "vincent", 1));
    Map<String, Object[]> t = build("george\tج و ر ج\t30", "georges\tج و ر ج\t2");
    assertEquals("George", t.get("جورج")[0]);
  }

  @Test
  void aHamzaAlefWordIsKeptUnderItsOwnKey() {
    Map<String, Object[]> t = build("alex\tأ ل ي ك س\t12", "alex\tإ ل ي ك س\t3", "austria\tا ل ن م س ا\t40");
    assertEquals("Alex", t.get("أليكس")[0]);
    assertEquals(15, t.get("أليكس")[1]);
    assertNull(t.get("اليكس")); // not under the article's key
    assertNull(t.get("النمسا")); // a word with the article is still left out
  }
}
