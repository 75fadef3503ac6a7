package io.newswire.text.analysis;

/**
 * Character properties the tokenizers ask for, one table lookup per char instead of several
 * {@link Character} calls. Built once from {@link Character}, so the answers are the same.
 */
final class CharClass {
  /** Letter, digit, non-spacing mark or tatweel: inside an ANERcorp-style word. */
  static final int NER_WORD = 1;
  /** Letter, digit, non-spacing or combining spacing mark: inside a word run. */
  static final int QUOTE_WORD = 2;
  /** Whitespace, ZWNJ, LRM or RLM: skipped between ANERcorp-style tokens. */
  static final int SKIP = 4;
  static final int LETTER = 8;
  static final int UPPER = 16;
  /** A letter of the Arabic blocks. */
  static final int ARABIC = 32;
  /** A letter below U+0250 (Latin). */
  static final int LATIN = 64;

  private static final byte[] TABLE = build();

  private CharClass() {}

  static int of(char c) {
    return TABLE[c];
  }

  private static byte[] build() {
    byte[] t = new byte[0x10000];
    for (int i = 0; i < t.length; i++) {
      char c = (char) i;
      int type = Character.getType(c);
      boolean letterOrDigit = Character.isLetterOrDigit(c);
      int k = 0;
      if (letterOrDigit || type == Character.NON_SPACING_MARK || c == '\u0640') {
        k |= NER_WORD;
      }
      if (letterOrDigit || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        k |= QUOTE_WORD;
      }
      if (Character.isWhitespace(c) || c == '\u200C' || c == '\u200F' || c == '\u200E') {
        k |= SKIP;
      }
      if (Character.isLetter(c)) {
        k |= LETTER;
        if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
            || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
          k |= ARABIC;
        } else if (c < 0x250) {
          k |= LATIN;
        }
      }
      if (Character.isUpperCase(c)) {
        k |= UPPER;
      }
      t[i] = (byte) k;
    }
    return t;
  }
}
