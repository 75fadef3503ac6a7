package io.newswire.enrich.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds top-level quotations in a field, in every common style: "…", “…”, „…“, «…» (Arabic and Persian
 * too), ‹…›, ‘…’ and '…'. Nested quotations stay inside the outer one. Because wire copy is often sloppy
 * (reversed curly marks in right-to-left text, straight marks, a closing mark left without its opening
 * one), a mark's role is decided from what flanks it, not from its shape alone.
 */
final class QuotationMarkScanner {
  private static final int MAX_DEPTH = 4;

  private QuotationMarkScanner() {}

  private static final String MARKS = "\"“”„«»‹›‘’‚'";

  /**
   * One of {@link #MARKS}. Asked of every char of every field: the marks lie at " and ', « and », and U+2018–U+203A, so
   * a letter or a space is answered by two or three compares instead of a scan of the list.
   */
  static boolean isMark(char c) {
    return c <= '\'' ? c == '"' || c == '\'' : c == '«' || c == '»' || c >= '‘' && c <= '›' && MARKS.indexOf(c) >= 0;
  }

  /**
   * @param continuing true when the previous paragraph ended inside an open quotation: then a closing
   *     mark with no opener here closes that carried-over quotation (unless this paragraph reopens it).
   */
  static List<QuoteSpan> scan(String text, boolean continuing) {
    List<QuoteSpan> spans = new ArrayList<>();
    Deque<int[]> stack = new ArrayDeque<>(); // {index of opener (-1 = carried over), opener char}
    int first = firstNonSpace(text);
    if (continuing && !(first < text.length() && opens(text, first))) {
      stack.push(new int[] {-1, '“', 1});
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isMark(c)) {
        continue;
      }
      // two apostrophes stand for one double quotation mark ('' … '', an old wire convention)
      int len = c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'' ? 2 : 1;
      if (len == 2) {
        c = '"';
      }
      boolean left = leftFlanking(text, i, len);
      boolean right = rightFlanking(text, i, len);
      if (c == '"' && len == 1 && stack.isEmpty() && spacedOpener(text, i)) {
        left = true; // SPA style: وقال سموه " إن …" and وقال :" …, a space inside the marks
      }
      if (isSingle(c) && letterBefore(text, i) && letterAfter(text, i)) {
        continue; // apostrophe inside a word: don't, Clinton’s
      }
      if (stack.size() == 1 && len == 1 && (c == '"' || c == '“') && left && !right
          && (afterSentenceEnd(text, i) || colonBefore(text, i))
          && "\"“”".indexOf((char) stack.peek()[1]) >= 0) {
        // '"A. "B."': a double mark that opens a new sentence where the open quotation was never closed
        // (BBC style: the speaker goes on, each new quoted passage opened again) ends the open one there;
        // so does one after a colon ('… X said: "B."'), where no quotation ever closes
        int[] opener = stack.pop();
        int contentStart = opener[0] + opener[2];
        int end = trimEnd(text, i);
        if (!afterSentenceEnd(text, i)) {
          // the colon's own sentence ('Gunners boss X said:') introduces the new quotation: the open one
          // ends at the sentence end before it, so that cue stays narrative
          int stop = lastSentenceEnd(text, contentStart, i);
          end = stop > contentStart ? stop : end;
        }
        if (end > contentStart) {
          spans.add(new QuoteSpan(opener[0], -1, Math.max(0, contentStart), end));
        }
        stack.push(new int[] {i, c, len});
        continue;
      }
      if (!stack.isEmpty() && !closesTop(c, (char) stack.peek()[1], left, right) && isDouble(c) && right && !left) {
        // a nested opener never closed ('“He said ‘no”'): a double closing mark that matches an outer
        // opener closes it, dropping the unclosed inner one
        for (int[] outer : stack) {
          if (outer != stack.peek() && closesTop(c, (char) outer[1], left, right)) {
            while (stack.peek() != outer) {
              stack.pop();
            }
            break;
          }
        }
      }
      if (!stack.isEmpty() && closesTop(c, (char) stack.peek()[1], left, right)) {
        int[] opener = stack.pop();
        if (stack.isEmpty()) {
          int contentStart = opener[0] + opener[2];
          spans.add(new QuoteSpan(opener[0], i + len - 1, Math.max(0, contentStart), i));
        }
        i += len - 1;
        continue;
      }
      if (canOpen(c, left, right) && stack.size() < MAX_DEPTH) {
        if (isSingle(c) && stack.isEmpty() && !hasLaterCloser(text, i)) {
          continue; // a lone single mark at top level is an apostrophe or a prime, not a quotation
        }
        stack.push(new int[] {i, c, len});
        i += len - 1;
        continue;
      }
      i += len - 1;
      // anything else is a stray closing mark: ignored, the words around it stay narrative
    }
    if (!stack.isEmpty()) {
      int[] bottom = stack.peekLast();
      int end = trimEnd(text, text.length());
      int contentStart = bottom[0] + bottom[2];
      if (end > contentStart) {
        spans.add(new QuoteSpan(bottom[0], -1, contentStart, end));
      }
    }
    return spans;
  }

  /** Index just after the last '.', '?' or '!' followed by whitespace in [from, to), else -1. */
  private static int lastSentenceEnd(String t, int from, int to) {
    for (int k = to - 2; k >= from; k--) {
      if (".?!".indexOf(t.charAt(k)) >= 0 && Character.isWhitespace(t.charAt(k + 1))) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Whitespace and then a sentence's end ('. ', '? ', '! ') just before index i. */
  private static boolean afterSentenceEnd(String t, int i) {
    if (i < 2 || !Character.isWhitespace(t.charAt(i - 1))) {
      return false;
    }
    int k = i - 1;
    while (k > 0 && Character.isWhitespace(t.charAt(k))) {
      k--;
    }
    return ".?!…".indexOf(t.charAt(k)) >= 0;
  }

  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    return isMark(c) && canOpen(c, leftFlanking(text, i, 1), rightFlanking(text, i, 1));
  }

  private static boolean isDouble(char c) {
    return c == '"' || c == '”' || c == '“' || c == '»';
  }

  private static boolean isSingle(char c) {
    return c == '‘' || c == '’' || c == '\'' || c == '‚';
  }

  private static boolean closesTop(char c, char top, boolean left, boolean right) {
    switch (top) {
      case '«': return c == '»';
      case '‹': return c == '›';
      case '"': return c == '"' || c == '”' && !(left && !right);
      case '„': return c == '“' || c == '”';
      case '‚': return c == '‘' || c == '’';
      case '‘': case '\'': return (c == '’' || c == '\'') && !(left && !right);
      case '“': case '”':
        // “ closing “ happens in right-to-left copy; only when it sits like a closer
        return c == '”' && !(left && !right) || c == '“' && right && !left || c == '"' && right && !left;
      default: return false;
    }
  }

  private static boolean canOpen(char c, boolean left, boolean right) {
    switch (c) {
      case '“': case '„': case '«': case '‹': case '‚': return true;
      case '"': case '”': case '‘': case '\'': return left;
      default: return false;
    }
  }

  /**
   * A straight mark with a space after it, where an opener may stand (a space, a colon, the start), and a
   * later straight mark to close it: wire copy that pads its marks with spaces (" إن التعليم … ").
   */
  private static boolean spacedOpener(String t, int i) {
    boolean before = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || ":،,".indexOf(t.charAt(i - 1)) >= 0;
    boolean spaceAfter = i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1));
    int k = i + 1;
    while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
      k++;
    }
    // only before Arabic-script words: English copy's stray marks must not pair up the wrong way
    boolean arabicScript = k < t.length() && Character.UnicodeBlock.of(t.charAt(k)) == Character.UnicodeBlock.ARABIC;
    // after a colon (وقال …: " إن …) the quotation may run to the end of the paragraph unclosed
    return before && spaceAfter && arabicScript && (t.indexOf('"', i + 1) > 0 || colonBefore(t, i));
  }

  private static boolean colonBefore(String t, int i) {
    int k = i - 1;
    while (k >= 0 && Character.isWhitespace(t.charAt(k))) {
      k--;
    }
    return k >= 0 && t.charAt(k) == ':';
  }

  /** Sits like an opener: nothing (or a space or opening bracket) before, a word after. */
  private static boolean leftFlanking(String t, int i, int len) {
    boolean before = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || "([{—–-:،,؛ـ".indexOf(t.charAt(i - 1)) >= 0
        || isMark(t.charAt(i - 1)) && (i == 1 || Character.isWhitespace(t.charAt(i - 2)))
        || proclitic(t, i - 1);
    boolean after = i + len < t.length() && !Character.isWhitespace(t.charAt(i + len));
    return before && after;
  }

  /** An Arabic one-letter preposition or conjunction glued to the mark (ل"واس", ب"الإرهاب"). */
  private static boolean proclitic(String t, int k) {
    return k >= 0 && "لبوكف".indexOf(t.charAt(k)) >= 0 && (k == 0 || Character.isWhitespace(t.charAt(k - 1)));
  }

  /** Sits like a closer: a word or punctuation before, and a space, punctuation or the end after. */
  private static boolean rightFlanking(String t, int i, int len) {
    boolean before = i > 0 && !Character.isWhitespace(t.charAt(i - 1));
    boolean after = i + len >= t.length() || !Character.isLetterOrDigit(t.charAt(i + len));
    return before && after;
  }

  private static boolean letterBefore(String t, int i) {
    return i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
  }

  private static boolean letterAfter(String t, int i) {
    return i + 1 < t.length() && Character.isLetter(t.charAt(i + 1));
  }

  private static boolean hasLaterCloser(String t, int from) {
    for (int j = from + 1; j < t.length(); j++) {
      char c = t.charAt(j);
      if ((c == '’' || c == '\'') && !(letterBefore(t, j) && letterAfter(t, j)) && rightFlanking(t, j, 1)) {
        return true;
      }
    }
    return false;
  }

  private static int firstNonSpace(String t) {
    int i = 0;
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** End of the words of an unclosed quotation: trailing spaces dropped. */
  private static int trimEnd(String t, int end) {
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
