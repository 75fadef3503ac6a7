package io.newswire.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DisplayNormalizerTest {

  @Test
  void collapsesWhitespaceIncludingNbsp() {
    assertEquals("a b c", DisplayNormalizer.normalize("  a\u00A0\u00A0b\t\n c\u202F "));
  }

  @Test
  void keepsZwnjInsideWordsOnly() {
    assertEquals("می\u200Cشود", DisplayNormalizer.normalize("می\u200Cشود"));
    assertEquals("می\u200Cشود", DisplayNormalizer.normalize("می\u200C\u200Cشود"), "runs reduced to one");
    assertEquals("زرنان با", DisplayNormalizer.normalize("\u200Cزرنان\u200C با\u200C"), "meaningless next to spaces and ends");
  }

  @Test
  void anRlmInsideAPersianWordIsItsZwnj() {
    assertEquals("سال\u200Cهای گذشته", DisplayNormalizer.normalize("سال\u200Fهای گذشته"));
    assertEquals("پیش\u200Cبینی کرد", DisplayNormalizer.normalize("پیش\u200F\u200Cبینی کرد"), "with a ZWNJ beside it, one");
    assertEquals("گفت: «نه»", DisplayNormalizer.normalize("گفت:\u200F «نه»\u200F"), "beside punctuation or at the end it still goes");
    assertEquals("abc", DisplayNormalizer.normalize("ab\u200Fc"), "between Latin letters it still goes");
  }

  @Test
  void dropsDirectionalAndFormatCharacters() {
    assertEquals("1970: أبرز", DisplayNormalizer.normalize("\u202B1970\u202C: \u200Fأبرز\u200E\u061C"));
    assertEquals("ab", DisplayNormalizer.normalize("a\u00ADb\uFEFF"), "soft hyphen and BOM");
    assertEquals("ab", DisplayNormalizer.normalize("a\u0000\u0007b"), "controls");
  }

  @Test
  void foldsArabicPresentationForms() {
    // ﻣﺮﺣﺒﺎ in presentation forms (FE70-FEFF) and the lam-alef ligature ﻻ
    assertEquals("مرحبا", DisplayNormalizer.normalize("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E"));
    assertEquals("لا", DisplayNormalizer.normalize("\uFEFB"));
    assertEquals("پ", DisplayNormalizer.normalize("\uFB56"), "Persian peh from FB50 block");
  }

  @Test
  void otherCompatibilityCharactersAreLeftAlone() {
    assertEquals("x² ﬁ", DisplayNormalizer.normalize("x² ﬁ"), "NFKC is applied to Arabic presentation forms only");
  }

  @Test
  void composesToNfc() {
    assertEquals("\u00E9", DisplayNormalizer.normalize("e\u0301"));
    assertEquals("\u0622", DisplayNormalizer.normalize("\u0627\u0653"), "alef + madda above composes to آ");
  }

  @Test
  void keepsArabicLetterVariantsAndDiacritics() {
    assertEquals("يك كتاب مُهمّ", DisplayNormalizer.normalize("يك كتاب مُهمّ"), "no ي/ی folding in display form");
  }

  @Test
  void visibleText() {
    assertTrue(DisplayNormalizer.hasVisibleText("، ٣"));
    assertFalse(DisplayNormalizer.hasVisibleText(" .. ، "));
  }

  @Test
  void marksBroughtTogetherByADroppedFormatCharAreInCanonicalOrder() {
    // Found by the property below: U+0300 (class 230), a zero-width space, U+0316 (class 220).
    String once = DisplayNormalizer.normalize("a\u0300\u200B\u0316");
    assertEquals(java.text.Normalizer.normalize("a\u0316\u0300", java.text.Normalizer.Form.NFC), once);
    assertEquals(once, DisplayNormalizer.normalize(once));
  }

  @Property(tries = 300)
  void idempotentAndClean(@ForAll String s) {
    String once = DisplayNormalizer.normalize(s);
    assertEquals(once, DisplayNormalizer.normalize(once));
    assertEquals(once.strip(), once);
    assertFalse(once.contains("  "));
    once.codePoints().forEach(cp -> assertTrue(cp == 0x200C || Character.getType(cp) != Character.FORMAT));
  }

  /** Text of printable ASCII and plain Arabic script only loses its extra spaces, nothing else. */
  @Property(tries = 300)
  void plainTextOnlyLosesExtraSpaces(@ForAll @net.jqwik.api.constraints.Chars({'a', 'Z', '.', '"', '\u0628', '\u06CC', '\u0660', ' '}) String s) {
    assertEquals(s.strip().replaceAll(" +", " "), DisplayNormalizer.normalize(s));
  }
}
