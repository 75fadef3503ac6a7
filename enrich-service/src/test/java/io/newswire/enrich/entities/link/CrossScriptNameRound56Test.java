package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.normalization.MatchingForm;
import org.junit.jupiter.api.Test;

/**
 * Round 56 (issue 13): {@code vowel-patterns.tsv} rebuilt after the name-word table, with the opening meem's vowel
 * voted by all the words of its pattern ({@code tools/vowel-patterns/build.py}): the place nouns dr5hn brings
 * (Majdal, Mafraq) made maCCaC the most frequent whole spelling of MCCC, which spelt every unknown participle
 * ma- (al-Masnad). Names written for these tests.
 */
class CrossScriptNameRound56Test {

  private static String key(String s) {
    return MatchingForm.key(s);
  }

  @Test
  void theOpeningMeemTakesTheVowelMostWordsOfItsPatternGiveIt() {
    assertEquals("Musnad", VowelPatterns.spell(key("مسند")), "MCCC: mu- opens more of its words than ma-");
    assertEquals("Munasir", VowelPatterns.spell(key("مناصر")), "MCACC, a participle of the third form (Muqatil)");
    // a dispatch of our own: "وقال خالد المناصر، مدير المكتب، إن ..." (Khalid: the hand table)
    assertEquals("Khalid al-Munasir", CrossScriptName.romanize("خالد المناصر", "ar"));
  }

  @Test
  void anotherOpeningLetterKeepsTheMostFrequentWholeSpelling() {
    // ECCH: Utbah, Utmah and Ujrah agree on the whole spelling; more of its words open with a (Aqaba, Abla), but
    // only an opening meem is voted
    assertEquals("Uzlah", VowelPatterns.spell(key("عزلة")));
    assertEquals("Sabbagh", VowelPatterns.spell(key("صباغ")), "CCAC keeps its doubled middle consonant");
  }

  @Test
  void lettersThatVoteNoVowelBetweenThreeConsonantsGiveWayToTheMostFrequentWholeSpelling() {
    // CCCCC: the per-letter votes left C a C C C a C, a shape VowelPatterns.plausible rejects for every word, so
    // each fell back to the letter rules; the builder now keeps the most frequent whole spelling (CaCCaCaC, 2 of 11)
    assertEquals("Balqamas", VowelPatterns.spell(key("بلقمس")));
    assertEquals("Shuhud", VowelPatterns.spell(key("شهود")), "ChWC: a vowel after the opening consonant");
  }

  @Test
  void lettersThatVoteAPlausibleShapeKeepTheirVotes() {
    // CWCYC: no whole spelling holds a fifth of its 185 words and the votes leave no consonant cluster
    assertEquals("Horeb", VowelPatterns.spell(key("حوريب")));
  }
}
