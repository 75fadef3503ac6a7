package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
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

  /**
   * A name opened by two or more spelt-out Latin letters is an acronym's firm or channel, not a person
   * ({@code جي دي باور}, J.D. Power; a person's initials are written {@code جيه}/{@code كيه}); and such letters
   * alone in marks that no candidate covers are the organisation ({@code «جي إم سي»}: GMC; later mentions repeat
   * it). Changed in place; candidates are added at the end.
   */
  public static void acronymOrganisations(List<FieldText> fields, List<Candidate> candidates, double confidence) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() == EntityType.PERSON && lettersFrom(fields.get(c.field()).display(), c.start(), c.end()) > 0) {
        candidates.set(i, new Candidate(c.field(), c.start(), c.end(), EntityType.ORGANIZATION, c.confidence(), c.cued()));
      }
    }
    for (FieldText f : fields) {
      String d = f.display();
      for (int open = d.indexOf('«'); open >= 0; open = d.indexOf('«', open + 1)) {
        int close = d.indexOf('»', open + 1);
        if (close < 0) {
          break;
        }
        int end = lettersFrom(d, open + 1, close);
        if (end == close && !covered(candidates, f.index(), open + 1, end)) {
          candidates.add(new Candidate(f.index(), open + 1, end, EntityType.ORGANIZATION, confidence, false));
        }
      }
    }
  }

  /** The end of a run of two or more letter names that opens {@code d[start, limit)}, or -1. */
  static int lettersFrom(String d, int start, int limit) {
    int n = 0;
    int i = start;
    int end = -1;
    while (i < limit) {
      int space = d.indexOf(' ', i);
      int e = space < 0 || space > limit ? limit : space;
      if (e == i || !letter(d.substring(i, e))) {
        break;
      }
      if (++n >= 2) {
        end = e;
      }
      i = e + 1;
    }
    return end;
  }

  private static boolean covered(List<Candidate> candidates, int field, int start, int end) {
    for (Candidate c : candidates) {
      if (c.field() == field && c.start() < end && start < c.end()) {
        return true;
      }
    }
    return false;
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
