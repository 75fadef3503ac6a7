package io.newswire.enrich.entities.match;

/**
 * Word boundaries in the matching form, aware of Arabic proclitics and Persian plural/ezafe suffixes.
 * Works on matching-form text, so alef, yeh and kaf variants are already folded.
 */
public final class Clitics {
  /**
   * The answer of {@link #isWordChar} for Latin, Greek, Cyrillic, Hebrew and Arabic script (below U+0800), computed
   * once: every word boundary of every hit asks, and the two Character lookups were a visible share of the KB scan.
   */
  private static final boolean[] WORD_CHAR_BELOW_0800 = new boolean[0x800];

  static {
    for (char c = 0; c < WORD_CHAR_BELOW_0800.length; c++) {
      WORD_CHAR_BELOW_0800[c] = wordCharByCategory(c);
    }
  }

  private Clitics() {}

  /** True for chars that continue a word. */
  public static boolean isWordChar(char c) {
    return c < 0x800 ? WORD_CHAR_BELOW_0800[c] : wordCharByCategory(c);
  }

  private static boolean wordCharByCategory(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  public static boolean isArabicScript(char c) {
    return c >= '\u0600' && c <= '\u06FF';
  }

  /** Start of the word that contains index {@code i} (i itself when a word starts there). */
  public static int wordStart(CharSequence t, int i) {
    while (i > 0 && isWordChar(t.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** End (exclusive) of the word that contains index {@code i - 1}. */
  public static int wordEnd(CharSequence t, int i) {
    while (i < t.length() && isWordChar(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code prefix} (the letters between a word start and a name) is a run of attached Arabic
   * clitics: an optional conjunction و/ف, then an optional preposition ب/ل/ك. The article is part of the
   * names that carry it, so it is not a clitic here; {@code lamOnly} is for names whose ال merged with
   * the preposition ل ("للدوحة"), which must then end in ل.
   */
  public static boolean isProclitic(CharSequence prefix, boolean lamOnly) {
    int n = prefix.length();
    if (!lamOnly) {
      return isProclitic(prefix, 0, n);
    }
    return n > 0 && n <= 2 && prefix.charAt(n - 1) == 'ل' && (n == 1 || isConjunction(prefix.charAt(0)));
  }

  /** {@code isProclitic(t[from, to), false)} read in place. A lam-only run is one of these too. */
  public static boolean isProclitic(CharSequence t, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return true;
    }
    if (n > 2) {
      return false;
    }
    char last = t.charAt(to - 1);
    if (n == 1) {
      return isConjunction(last) || isPreposition(last);
    }
    return isConjunction(t.charAt(from)) && isPreposition(last);
  }

  private static boolean isConjunction(char c) {
    return c == 'و' || c == 'ف';
  }

  private static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }

  /**
   * Whether the letters {@code e} to {@code wordEnd} of {@code t}, between a name ({@code s} to {@code e}) and the
   * word's end, may follow a name: Persian plural ها/های, and the ezafe ی after a name ending in a long vowel (اروپای
   * شرقی). A ی after a consonant makes the nisba adjective (ایرانی, Iranian), which is not a mention of the place.
   * Read in place: asked at every name match.
   */
  public static boolean isEnclitic(String t, int s, int e, int wordEnd, String language) {
    int n = wordEnd - e;
    if (n == 0) {
      return true;
    }
    if (!"fa".equals(language)) {
      return false;
    }
    if (n == 2 && t.startsWith("ها", e) || n == 3 && t.startsWith("هاي", e)) {
      return true;
    }
    if (n == 1 && t.charAt(e) == 'ي' && e > s) {
      char last = t.charAt(e - 1);
      return last == 'ا' || last == 'و';
    }
    return false;
  }

}
