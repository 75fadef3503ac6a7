package io.newswire.enrich.entities.link;

import io.newswire.normalization.MatchingForm;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of the Latin letters as Arabic and Persian spell them out in an acronym (إف سي, إم تي في, بي بي
 * سي, اف بی آی): a run of two or more such words in a name is the acronym, FC, MTV, BBC, FBI. Several are
 * ordinary words too (في "in", أو "or", إن "that"), so a single one is never read as a letter.
 */
final class LatinLetters {
  private LatinLetters() {}

  /** Matching form of a letter's name -> the letter. E and I share a spelling: I, as in IBM. */
  private static final Map<String, Character> LETTERS = letters();

  private static Map<String, Character> letters() {
    String[][] rows = {
        {"A", "إيه", "ايه"}, {"B", "بي", "بی"}, {"C", "سي", "سی"}, {"D", "دي", "دی"},
        {"F", "إف", "اف"}, {"G", "جي", "جی"}, {"H", "إتش", "اتش", "اچ"}, {"I", "آي", "آی", "إي"}, {"J", "جيه", "جاي"},
        {"K", "كيه", "كي"}, {"L", "إل"}, {"M", "إم", "ام"}, {"N", "إن", "ان"}, {"O", "أو"},
        {"P", "پی"}, {"Q", "كيو", "کیو"}, {"R", "آر"}, {"S", "إس", "اس"}, {"T", "تي", "تی"}, {"U", "يو", "یو"},
        {"V", "في", "فی"}, {"W", "دبليو", "دبلیو"}, {"X", "إكس", "اکس", "اكس"}, {"Y", "واي", "وای"},
        {"Z", "زد"}};
    Map<String, Character> out = new HashMap<>();
    for (String[] r : rows) {
      for (int i = 1; i < r.length; i++) {
        out.putIfAbsent(MatchingForm.key(r[i]), r[0].charAt(0));
      }
    }
    return Map.copyOf(out);
  }

  /** How many words from {@code from} on (matching forms) name Latin letters. */
  static int run(String[] words, int from) {
    int i = from;
    while (i < words.length && LETTERS.containsKey(words[i])) {
      i++;
    }
    return i - from;
  }

  /** The acronym the {@code n} letter names from {@code from} spell. */
  static String acronym(String[] words, int from, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = from; i < from + n; i++) {
      b.append(LETTERS.get(words[i]));
    }
    return b.toString();
  }
}
