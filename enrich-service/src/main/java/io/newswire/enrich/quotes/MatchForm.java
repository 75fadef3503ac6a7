package io.newswire.enrich.quotes;

/**
 * The form a word is matched in: Arabic hamza seats, alef maqsura and the Arabic/Persian yeh and kaf
 * variants folded, diacritics, tatweel and zero-width non-joiners dropped, letters lower-cased; so one
 * lexicon entry covers the spellings wire copy actually uses (اكد/أكد, قائلا/قائلاً, میگوید/می‌گوید).
 * Unlike {@link io.newswire.normalization.MatchingForm} (names in running text, ZWNJ splits words),
 * this keys one token: ZWNJ joins, since a cue verb is written with or without it.
 */
final class MatchForm {
  private MatchForm() {}

  static String fold(String s, String language) {
    return fold(s, "fa".equals(language), null);
  }

  /**
   * {@link #fold(String, String)}, folding into {@code scratch} when it holds {@code s} (a buffer the caller reuses
   * from token to token, so a folded token allocates only its String); {@code scratch} may be null.
   */
  static String fold(String s, boolean persian, char[] scratch) {
    int n = s.length();
    // Most tokens are already in their folded form: return them as they are instead of a copy.
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (dropped(c) || foldChar(c, persian) != c) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] out = scratch != null && scratch.length >= n ? scratch : new char[n];
    s.getChars(0, i, out, 0);
    int len = i;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!dropped(c)) {
        out[len++] = foldChar(c, persian);
      }
    }
    return new String(out, 0, len);
  }

  private static boolean dropped(char c) {
    return c >= '\u064B' && c <= '\u0652' || c == '\u0670' || c == '\u0640' || c == '\u200C';
  }

  static char foldChar(char c, boolean persian) {
    switch (c) {
      case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
      case 'ى': return persian ? 'ی' : 'ي';
      case 'ي': case 'ی': return persian ? 'ی' : 'ي';
      case 'ك': case 'ک': return persian ? 'ک' : 'ك';
      case '\u2019': case '\u2018': return '\'';
      default: return lower(c);
    }
  }

  /**
   * {@code Character.toLowerCase(c)}, answered without its property tables for ASCII and the Arabic block (U+0600–U+06FF,
   * which has no case): every token of every field is folded, and the tables' look-up of each Arabic-script char was
   * most of the fold's time.
   */
  static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (c >= '\u0600' && c <= '\u06FF') {
      return c;
    }
    return Character.toLowerCase(c);
  }
}
