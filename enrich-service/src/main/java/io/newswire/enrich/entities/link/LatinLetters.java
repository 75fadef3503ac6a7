package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the Latin letters as Arabic and Persian spell them out in an acronym (إف سي, إم تي في, بي بي
 * سي, اف بی آی): a run of two or more such words in a name is the acronym, FC, MTV, BBC, FBI. Several are
 * ordinary words too (في "in", أو "or", إن "that"), so a single one is never read as a letter.
 */
public final class LatinLetters {
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

  private static final String V = MatchingForm.key("في");

  /**
   * Candidates that end with two letter names before the letter V (إم تي في, as the preposition في "in"
   * is written), where no word follows it (a quote's close, punctuation or the end of the text): the name runs on
   * over في. Changed in place.
   */
  public static void extendOverV(List<FieldText> fields, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      String d = fields.get(c.field()).display();
      int last = d.lastIndexOf(' ', c.end() - 1); // before the last word
      int before = last > c.start() ? Math.max(d.lastIndexOf(' ', last - 1) + 1, c.start()) : -1; // the word before it
      if (before < 0 || !letter(d.substring(last + 1, c.end())) || !letter(d.substring(before, last))) {
        continue;
      }
      int s = c.end() + 1;
      int e = s + 2;
      if (s >= d.length() || d.charAt(c.end()) != ' ' || e > d.length() || !MatchingForm.key(d.substring(s, e)).equals(V)
          || e < d.length() && Character.isLetter(d.charAt(e))) {
        continue;
      }
      if (e == d.length() || !Character.isLetter(nextVisible(d, e))) {
        candidates.set(i, new Candidate(c.field(), c.start(), e, c.type(), c.confidence(), c.cued()));
      }
    }
  }

  /** The first char from {@code i} on that is not a space (a space when none is left). */
  private static char nextVisible(String d, int i) {
    while (i < d.length() && d.charAt(i) == ' ') {
      i++;
    }
    return i < d.length() ? d.charAt(i) : ' ';
  }

  private static boolean letter(String word) {
    return LETTERS.containsKey(MatchingForm.key(word));
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
