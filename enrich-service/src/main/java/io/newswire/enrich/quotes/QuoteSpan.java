package io.newswire.enrich.quotes;

/**
 * A top-level quotation found in one field. Indices are UTF-16 indices into the field text.
 *
 * @param open         index of the opening mark, or -1 when the quotation continues from the previous paragraph
 * @param close        index of the closing mark, or -1 when the quotation runs to the end of the field unclosed
 * @param contentStart first index of the quoted words
 * @param contentEnd   index after the quoted words (exclusive)
 */
record QuoteSpan(int open, int close, int contentStart, int contentEnd) {
  boolean closed() {
    return close >= 0;
  }

  /** Index just before the quotation including its marks. */
  int outerStart() {
    return open >= 0 ? open : contentStart;
  }

  /** Index just after the quotation including its marks. */
  int outerEnd() {
    return close >= 0 ? close + 1 : contentEnd;
  }

  boolean contains(int index) {
    return index >= outerStart() && index < outerEnd();
  }
}
