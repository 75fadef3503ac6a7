package io.newswire.normalization;

import io.newswire.text.StringSet;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * The form of a display string that names are matched in, with a map back to the display string.
 *
 * <p>Each display char becomes at most one matching char (folding is char-for-char, deletions drop a
 * char), so every matching index maps to exactly one display index. Folding: Lucene's Arabic and
 * Persian normalizers (alef variants, ى/ي, ة/ه, ی/ي, ک/ك, tatweel and harakat removed), any remaining
 * Arabic combining mark removed, Arabic-Indic and Persian digits to ASCII, Latin lower-cased,
 * whitespace and ZWNJ to one space. Immutable and thread-safe.
 */
public final class MatchingForm {
  /** Marks a char that the matching form drops. */
  private static final char DROP = '\uFFFF';
  /** Folding of every BMP char, computed once from the Lucene normalizers. */
  private static final char[] FOLD = buildFoldTable();

  private final String display;
  private final String text;
  private final int[] displayIndex;

  private MatchingForm(String display, String text, int[] displayIndex) {
    this.display = display;
    this.text = text;
    this.displayIndex = displayIndex;
  }

  /** The matching form of {@code display}. */
  public static MatchingForm of(String display) {
    int n = display.length();
    char[] out = new char[n];
    int[] map = new int[n];
    int len = fold(display, out, map);
    // a field that drops no char (no marks, no doubled spaces) keeps its map: it is the right length already
    int[] trimmed = len == n ? map : java.util.Arrays.copyOf(map, len);
    return new MatchingForm(display, new String(out, 0, len), trimmed);
  }

  /**
   * Shortcut for a lookup key: the matching form's text only. Called per token by the recognizers, so
   * a string that is already in matching form is returned as it is, and no offset map is built.
   */
  public static String key(String display) {
    return key(display, null);
  }

  /**
   * {@link #key(String)}, folding into {@code scratch} when it holds {@code display}: a buffer the caller reuses from
   * token to token, so a key that differs allocates only its String. {@code scratch} may be null.
   */
  public static String key(String display, char[] scratch) {
    int n = display.length();
    boolean lastSpace = true;
    for (int i = 0; i < n; i++) {
      char c = display.charAt(i);
      if (FOLD[c] != c || (c == ' ' && lastSpace)) {
        char[] out = scratch != null && scratch.length >= n ? scratch : new char[n];
        return new String(out, 0, fold(display, out, null));
      }
      lastSpace = c == ' ';
    }
    return lastSpace && n > 0 ? display.substring(0, n - 1) : display;
  }

  /**
   * {@link #key(String)} of {@code display.substring(start, end)}, without cutting that substring first when the key
   * folds: the linkers key mention spans of a field's display this way.
   */
  public static String key(String display, int start, int end) {
    int n = end - start;
    boolean lastSpace = true;
    for (int i = start; i < end; i++) {
      char c = display.charAt(i);
      if (FOLD[c] != c || (c == ' ' && lastSpace)) {
        char[] out = new char[n];
        return new String(out, 0, fold(display, start, end, out, null));
      }
      lastSpace = c == ' ';
    }
    return display.substring(start, lastSpace && n > 0 ? end - 1 : end);
  }

  /**
   * Whether {@code words} holds {@link #key(String, int, int)} of the range: for a {@link StringSet} the range is
   * hashed and compared as it folds, so no key (nor substring) is made for the many ranges that are no member.
   */
  public static boolean keyIn(java.util.Set<String> words, String display, int start, int end) {
    if (words instanceof StringSet set) {
      return set.contains(foldedHash(display, start, end), display, start, end, MatchingForm::foldsTo);
    }
    return words.contains(key(display, start, end));
  }

  /**
   * {@code String.hashCode} of {@link #fold}'s output for the range: the same drops, and a space counted only when a
   * kept char follows it (fold drops leading spaces, collapses runs and trims the last one).
   */
  private static int foldedHash(String display, int start, int end) {
    int h = 0;
    boolean lastSpace = true;
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = FOLD[display.charAt(i)];
      if (c == DROP) {
        continue;
      }
      if (c == ' ') {
        pendingSpace |= !lastSpace;
        lastSpace = true;
        continue;
      }
      if (pendingSpace) {
        h = 31 * h + ' ';
        pendingSpace = false;
      }
      lastSpace = false;
      h = 31 * h + c;
    }
    return h;
  }

  /**
   * Whether {@code key} is {@link #fold}'s output for the range. Runs only for a set slot whose hash agrees with
   * {@link #foldedHash} (nearly always a member), so it folds into a buffer rather than walk fold's rules a third time.
   */
  private static boolean foldsTo(String key, String display, int start, int end) {
    int n = key.length();
    if (n > end - start) {
      return false;
    }
    char[] out = new char[end - start];
    if (fold(display, start, end, out, null) != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (out[i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The lookup keys of a word list written in display form (head words, stop words): an immutable set. */
  public static java.util.Set<String> keys(String... words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(key(w));
    }
    return StringSet.copyOf(out);
  }

  /** Folds {@code display} into {@code out} (and each char's display index into {@code map} if given); returns the length. */
  private static int fold(String display, char[] out, int[] map) {
    return fold(display, 0, display.length(), out, map);
  }

  /** {@link #fold(String, char[], int[])} of the chars {@code start} to {@code end} of {@code display}. */
  private static int fold(String display, int start, int end, char[] out, int[] map) {
    int len = 0;
    boolean lastSpace = true; // drops leading whitespace and collapses runs
    for (int i = start; i < end; i++) {
      char c = FOLD[display.charAt(i)];
      if (c == DROP) {
        continue;
      }
      if (c == ' ') {
        if (lastSpace) {
          continue;
        }
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      out[len] = c;
      if (map != null) {
        map[len] = i;
      }
      len++;
    }
    if (len > 0 && out[len - 1] == ' ') {
      len--;
    }
    return len;
  }

  public String display() {
    return display;
  }

  public String text() {
    return text;
  }

  /** Display char index of the matching char at {@code matchingIndex}. */
  public int displayIndex(int matchingIndex) {
    if (matchingIndex == displayIndex.length) {
      return display.length();
    }
    return displayIndex[matchingIndex];
  }

  /**
   * Display char index (exclusive) that ends a span ending at {@code matchingEndExclusive}: after the
   * last matched char, extended over the marks the matching form dropped (harakat, tatweel) so a
   * mention keeps its vowel signs.
   */
  public int displayEnd(int matchingEndExclusive) {
    if (matchingEndExclusive <= 0) {
      return 0;
    }
    int end = displayIndex[matchingEndExclusive - 1] + 1;
    int limit = matchingEndExclusive < displayIndex.length ? displayIndex[matchingEndExclusive] : display.length();
    while (end < limit && isDroppedMark(display.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isDroppedMark(char c) {
    return FOLD[c] == DROP && !Character.isWhitespace(c) && c != '\u200C';
  }

  private static char[] buildFoldTable() {
    char[] t = new char[0x10000];
    ArabicNormalizer arabic = new ArabicNormalizer();
    PersianNormalizer persian = new PersianNormalizer();
    char[] buf = new char[1];
    for (int c = 0; c < t.length; c++) {
      char ch = (char) c;
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200C') {
        t[c] = ' ';
      } else if (ch >= '\u0660' && ch <= '\u0669') {
        t[c] = (char) ('0' + (ch - '\u0660'));
      } else if (ch >= '\u06F0' && ch <= '\u06F9') {
        t[c] = (char) ('0' + (ch - '\u06F0'));
      } else if (isArabicBlock(ch)) {
        buf[0] = ch;
        int len = persian.normalize(buf, 1);
        if (len == 1) {
          len = arabic.normalize(buf, 1);
        }
        if (len == 0 || Character.getType(buf[0]) == Character.NON_SPACING_MARK || buf[0] == '\u0640') {
          t[c] = DROP;
        } else {
          t[c] = buf[0];
        }
      } else if (ch == '\u200D' || ch == '\u200E' || ch == '\u200F' || ch == '\u00AD') {
        t[c] = DROP; // joiners, direction marks and soft hyphens are invisible in display
      } else if (Character.isUpperCase(ch) && Character.isBmpCodePoint(Character.toLowerCase((int) ch))) {
        t[c] = Character.toLowerCase(ch);
      } else {
        t[c] = ch;
      }
    }
    return t;
  }

  private static boolean isArabicBlock(char c) {
    return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF');
  }

  @Override
  public String toString() {
    return text;
  }
}
