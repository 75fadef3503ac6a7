package io.newswire.text;

import java.util.function.IntPredicate;

/**
 * Spans of words next to a position in a field's display text (or its matching form), for rules that look one word
 * to the side. Three shapes: {@link #before}/{@link #after} skip any spaces and read Persian and Arabic words (a ZWNJ
 * inside counts), never a word glued on; {@link #beforeSpace}/{@link #afterSpace} read the word across exactly one
 * space, of the chars the caller names (English copy: letters, or lower-case letters only); {@link #runBefore}/{@link
 * #runAfter} read the chars the caller names after skipping the ones it names, glued on or not.
 */
public final class WordSpans {
  /** The gap most rules skip: spaces (a matching form has no other whitespace, and no run of them). */
  public static final IntPredicate SPACE = c -> c == ' ';
  /** A char of a Persian or Arabic word: a letter, or the ZWNJ inside one (می‌گوید). */
  public static final IntPredicate WORD = c -> Character.isLetter(c) || c == '\u200c';

  private WordSpans() {}

  /**
   * The word of letters (a ZWNJ inside counts: می‌گوید) that ends right before {@code at}, spaces between
   * skipped, as {start, end}; null at punctuation or the field's start, so a rule never looks across a comma.
   */
  public static int[] before(String d, int at) {
    int[] w = runBefore(d, at, SPACE, WORD);
    return w[0] < w[1] && w[1] < at ? w : null;
  }

  /** The mirror of {@link #before}: the word that starts after the spaces from {@code at}; null at punctuation or the end. */
  public static int[] after(String d, int at) {
    int[] w = runAfter(d, at, SPACE, WORD);
    return at < w[0] && w[0] < w[1] ? w : null;
  }

  /**
   * The run of {@code part} chars that ends at {@code at} once the {@code gap} chars right before it are skipped (none
   * or many), as {start, end}, empty (start = end) when no such char is there: for rules that also read a word glued
   * on (شهرگلستان) or a number (33 مرکز), and judge the run themselves.
   */
  public static int[] runBefore(String d, int at, IntPredicate gap, IntPredicate part) {
    int e = at;
    while (e > 0 && gap.test(d.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && part.test(d.charAt(s - 1))) {
      s--;
    }
    return new int[] {s, e};
  }

  /** The mirror of {@link #runBefore}: the run of {@code part} chars that starts after the {@code gap} chars from {@code at}. */
  public static int[] runAfter(String d, int at, IntPredicate gap, IntPredicate part) {
    int s = at;
    while (s < d.length() && gap.test(d.charAt(s))) {
      s++;
    }
    int e = s;
    while (e < d.length() && part.test(d.charAt(e))) {
      e++;
    }
    return new int[] {s, e};
  }

  /**
   * The next run of {@code part} chars at or after {@code from}, the other chars before it skipped, as {start, end};
   * empty (start = end = the length) when none is left. A walk over a field's words:
   * {@code for (int[] w = next(d, 0, WORD); w[0] < w[1]; w = next(d, w[1], WORD))}.
   */
  public static int[] next(String d, int from, IntPredicate part) {
    int s = from;
    while (s < d.length() && !part.test(d.charAt(s))) {
      s++;
    }
    int e = s;
    while (e < d.length() && part.test(d.charAt(e))) {
      e++;
    }
    return new int[] {s, e};
  }

  /** The text of {@link #before}, or null. */
  public static String wordBefore(String d, int at) {
    int[] w = before(d, at);
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
}
