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
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u064B' && c <= '\u0652' || c == '\u0670' || c == '\u0640' || c == '\u200C') {
        continue;
      }
      out.append(foldChar(c, persian));
    }
    return out.toString();
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
