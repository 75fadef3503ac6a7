package io.newswire.enrich.entities.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What continues a word: letters and digits of any script and combining marks (Arabic harakat), nothing else. */
class WordCharTest {
  @Test
  void lettersDigitsAndMarksOfEveryScriptContinueAWord() {
    for (char c : "aZéßжשبپگی٣۴7\u064e\u0651".toCharArray()) { // fatha and shadda are marks
      assertTrue(Clitics.isWordChar(c), () -> "U+" + Integer.toHexString(c));
    }
    for (char c : " .,،؛:«»-\u200c\u200f\u00a0".toCharArray()) { // ZWNJ and RLM are no letters
      assertFalse(Clitics.isWordChar(c), () -> "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void theLookupTableAgreesWithTheCharacterCategoriesForEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean byCategory = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
      assertEquals(byCategory, Clitics.isWordChar(c), "U+" + Integer.toHexString(i));
    }
  }
}
