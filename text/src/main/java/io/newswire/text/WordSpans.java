package io.newswire.text;

import java.util.function.IntPredicate;

/**
 * Spans of words next to a position in a field's display text (or its matching form), for rules that look one word
 * to the side. Two shapes: {@link #before}/{@link #after} skip any spaces and read Persian and Arabic words (a ZWNJ
 * inside counts); {@link #beforeSpace}/{@link #afterSpace} read the word across exactly one space, of the chars the
 * caller names (English copy: letters, or lower-case letters only).
 */
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
    while (s > 0 && wordChar(d.charAt(s - 1))) {
      s--;
    }
    return s < e && e < at ? new int[] {s, e} : null;
  }

  /** The mirror of {@link #before}: the word that starts after the spaces from {@code at}; null at punctuation or the end. */
  public static int[] after(String d, int at) {
    int s = at;
    while (s < d.length() && d.charAt(s) == ' ') {
      s++;
    }
    int e = s;
    while (e < d.length() && wordChar(d.charAt(e))) {
      e++;
    }
    return at < s && s < e ? new int[] {s, e} : null;
  }

  /** The text of {@link #before}, or null. */
  public static String wordBefore(String d, int at) {
    int[] w = before(d, at);
    return w == null ? null : d.substring(w[0], w[1]);
  }

  /** The text of {@link #after}, or null. */
  public static String wordAfter(String d, int at) {
    int[] w = after(d, at);
    return w == null ? null : d.substring(w[0], w[1]);
  }

  /**
   * The run of {@code part} chars that ends one space before {@code at} (the space at {@code at - 1}), as {start, end};
   * null when no space is there or no such char is before it. What stands before the run is the caller's to judge.
   */
  public static int[] beforeSpace(String d, int at, IntPredicate part) {
    if (at < 1 || d.charAt(at - 1) != ' ') {
      return null;
    }
    int e = at - 1;
    int s = e;
    while (s > 0 && part.test(d.charAt(s - 1))) {
      s--;
    }
    return s < e ? new int[] {s, e} : null;
  }

  /** The mirror of {@link #beforeSpace}: the run of {@code part} chars that starts after the one space at {@code at}. */
  public static int[] afterSpace(String d, int at, IntPredicate part) {
    if (at >= d.length() || d.charAt(at) != ' ') {
      return null;
    }
    int s = at + 1;
    int e = s;
    while (e < d.length() && part.test(d.charAt(e))) {
      e++;
    }
    return s < e ? new int[] {s, e} : null;
  }

  /** The end of the run of non-space characters that starts at {@code from}, not past {@code limit}. */
  public static int end(String d, int from, int limit) {
    int e = from;
    while (e < limit && !Character.isWhitespace(d.charAt(e))) {
      e++;
    }
    return e;
  }

  private static boolean wordChar(char c) {
    return Character.isLetter(c) || c == '\u200c';
  }
}
