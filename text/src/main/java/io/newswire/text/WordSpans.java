package io.newswire.text;

/** Spans of words next to a position in a field's display text, for rules that look one word to the side. */
public final class WordSpans {
  private WordSpans() {}

  /**
   * The word of letters (a ZWNJ inside counts: می‌گوید) that ends right before {@code at}, spaces between
   * skipped, as {start, end}; null at punctuation or the field's start, so a rule never looks across a comma.
   */
  public static int[] before(String d, int at) {
    int e = at;
    while (e > 0 && d.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && (Character.isLetter(d.charAt(s - 1)) || d.charAt(s - 1) == '\u200c')) {
      s--;
    }
    return s < e && e < at ? new int[] {s, e} : null;
  }

  /** The end of the run of non-space characters that starts at {@code from}, not past {@code limit}. */
  public static int end(String d, int from, int limit) {
    int e = from;
    while (e < limit && !Character.isWhitespace(d.charAt(e))) {
      e++;
    }
    return e;
  }
}
