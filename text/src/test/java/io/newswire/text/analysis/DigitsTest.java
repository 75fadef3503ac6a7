package io.newswire.text.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitsTest {

  @Test
  void digitsOfEveryScriptCount() {
    assertTrue(Digits.only("2000"));
    assertTrue(Digits.only("٢٠٠٠")); // Arabic-Indic
    assertTrue(Digits.only("۲۰۰۰")); // Persian
  }

  @Test
  void aWordWithALetterOrSignOrNothingIsNoNumber() {
    assertFalse(Digits.only(""));
    assertFalse(Digits.only("F16"));
    assertFalse(Digits.only("3.5"));
    assertFalse(Digits.only("ميراج"));
  }
}
