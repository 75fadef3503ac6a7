package io.newswire.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a field into word tokens: runs of letters, marks and digits. A zero-width non-joiner (Persian
 * می‌گوید) and an apostrophe between letters (don't, Clinton’s) stay inside the word.
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokenize(String text, String language) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text, i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        if (isWordChar(text, i)) {
          i++;
        } else if (isJoiner(text.charAt(i)) && i + 1 < n && i > start && isWordChar(text, i + 1)) {
          i++;
        } else {
          break;
        }
      }
      String raw = text.substring(start, i);
      tokens.add(new Token(start, i, raw, MatchForm.fold(raw, language)));
    }
    return tokens;
  }

  static boolean isWordChar(String s, int i) {
    char c = s.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
      return true;
    }
    // a letter outside the BMP (rare scripts, mathematical letters) is two chars; emoji are not words
    if (Character.isHighSurrogate(c)) {
      return Character.isLetterOrDigit(s.codePointAt(i));
    }
    return Character.isLowSurrogate(c) && i > 0 && Character.isLetterOrDigit(s.codePointAt(i - 1));
  }

  private static boolean isJoiner(char c) {
    return c == '\u200C' || c == '\'' || c == '\u2019' || c == '-';
  }
}
