package io.newswire.enrich.quotes;

import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;

/**
 * Splits a field into word tokens: runs of letters, marks and digits. A zero-width non-joiner (Persian
 * می‌گوید) and an apostrophe between letters (don't, Clinton’s) stay inside the word. The runs are the
 * shared {@link FieldAnalysis}'s word runs; this adds the folded match form, once per field.
 */
final class Tokenizer {
  private Tokenizer() {}

  // Persian folds ي/ك to ی/ک, every other language the other way: one view each.
  private static final FieldAnalysis.Key<List<Token>> PERSIAN = FieldAnalysis.key(a -> build(a, "fa"));
  private static final FieldAnalysis.Key<List<Token>> OTHER = FieldAnalysis.key(a -> build(a, "ar"));

  static List<Token> tokenize(String text, String language) {
    return build(FieldAnalysis.of(text), language);
  }

  /** The tokens of an analysed field, built once per field and shared (unmodifiable). */
  static List<Token> tokens(FieldAnalysis analysis, String language) {
    return analysis.derived("fa".equals(language) ? PERSIAN : OTHER);
  }

  private static List<Token> build(FieldAnalysis a, String language) {
    String text = a.text();
    boolean persian = "fa".equals(language);
    char[] scratch = new char[32]; // the fold's buffer, shared by the field's tokens (a longer word makes its own)
    Token[] tokens = new Token[a.wordCount()];
    for (int w = 0; w < tokens.length; w++) {
      int start = a.wordStart(w);
      int end = a.wordEnd(w);
      String raw = a.wordText(w); // the same String as the ANERcorp token over these chars, if there is one
      tokens[w] = new Token(start, end, raw, MatchForm.fold(raw, persian, scratch));
    }
    return new FieldTokens(tokens, text);
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
}
