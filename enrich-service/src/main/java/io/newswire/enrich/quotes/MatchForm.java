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
    boolean persian = "fa".equals(language);
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
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (dropped(c)) {
        continue;
      }
      out.append(foldChar(c, persian));
    }
    return out.toString();
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
      default: return Character.toLowerCase(c);
    }
  }
}
