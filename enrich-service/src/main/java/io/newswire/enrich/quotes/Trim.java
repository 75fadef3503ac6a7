package io.newswire.enrich.quotes;

/** Trims a span of field text to its words: spaces, stray quotation marks and end punctuation dropped. */
final class Trim {
  private Trim() {}

  static int start(String t, int start, int end) {
    int s = start;
    while (s < end && (Character.isWhitespace(t.charAt(s)) || QuotationMarkScanner.isMark(t.charAt(s))
        && !closesLater(t, s, end) || "*:،,؛;-–—".indexOf(t.charAt(s)) >= 0)) {
      s++;
    }
    return s;
  }

  static int end(String t, int start, int end) {
    int e = end;
    // a full stop, question or exclamation mark inside the quotation is the speaker's; commas and colons
    // before a closing mark belong to the attribution ("…," she said)
    while (e > start && (Character.isWhitespace(t.charAt(e - 1)) || ",،;؛:".indexOf(t.charAt(e - 1)) >= 0
        || QuotationMarkScanner.isMark(t.charAt(e - 1)) && !opensEarlier(t, start, e - 1))) {
      e--;
    }
    return e;
  }

  // A mark at the edge is kept when its partner is inside the span (the span starts or ends with a quotation).
  private static boolean closesLater(String t, int s, int end) {
    for (int k = s + 1; k < end; k++) {
      if (QuotationMarkScanner.isMark(t.charAt(k)) && t.charAt(k) != '\'' && t.charAt(k) != '’') {
        return true;
      }
    }
    return false;
  }

  private static boolean opensEarlier(String t, int start, int e) {
    for (int k = start; k < e; k++) {
      if (QuotationMarkScanner.isMark(t.charAt(k)) && t.charAt(k) != '\'' && t.charAt(k) != '’') {
        return true;
      }
    }
    return false;
  }
}
