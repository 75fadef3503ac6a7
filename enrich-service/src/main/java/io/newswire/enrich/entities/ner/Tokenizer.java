package io.newswire.enrich.entities.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits display text into sentences of tokens the way ANERcorp is tokenized: on whitespace, with
 * punctuation as tokens of its own, and attached clitics left on the word. Keeps char offsets.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** A token and its display char span. */
  public record Token(String text, int start, int end) {}

  public static List<List<Token>> sentences(String text) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> cur = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u200C' || c == '\u200F' || c == '\u200E') {
        i++;
        continue;
      }
      if (isWordChar(c)) {
        int s = i;
        while (i < n && (isWordChar(text.charAt(i)) || isInnerJoiner(text, i))) {
          i++;
        }
        cur.add(new Token(text.substring(s, i), s, i));
        continue;
      }
      cur.add(new Token(String.valueOf(c), i, i + 1));
      i++;
      if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛') {
        out.add(cur);
        cur = new ArrayList<>();
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
  }

  /**
   * An apostrophe, hyphen, dot or ZWNJ between two letters stays inside the word (O'Brien, U.S.,
   * رئیس‌جمهور); a possessive 's does not (Brown's is Brown).
   */
  private static boolean isInnerJoiner(String t, int i) {
    char c = t.charAt(i);
    if (c != '\'' && c != '’' && c != '-' && c != '\u200C' && c != '.') {
      return false;
    }
    boolean possessive = (c == '\'' || c == '’') && i + 1 < t.length() && (t.charAt(i + 1) == 's' || t.charAt(i + 1) == 'S')
        && (i + 2 == t.length() || !Character.isLetter(t.charAt(i + 2)));
    return !possessive && i > 0 && i + 1 < t.length() && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))
        && (c != '.' || (Character.isUpperCase(t.charAt(i - 1)) && Character.isUpperCase(t.charAt(i + 1))));
  }

  public static String[] texts(List<Token> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).text();
    }
    return out;
  }
}
