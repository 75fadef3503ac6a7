package io.newswire.text.analysis;

/** Words written in digits, in any script's digits (2000, ٢٠٠٠, ۲۰۰۰): counts, serials and model numbers. */
public final class Digits {
  private Digits() {}

  /** Every character a decimal digit, and at least one. */
  public static boolean only(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return s.length() > 0;
  }
}
