package io.newswire.ingest.parsing.charset;

/**
 * Scores how plausible a decoding of 8-bit Arabic text is. ICU's detector often confuses
 * windows-1256 with ISO-8859-6 (and with windows-1252), because their letter ranges overlap; the
 * wrong one still decodes, but into Latin letters, harakat in odd places or C1 controls. The score is
 * the share of Arabic-script letters among all non-ASCII characters of the decoded text: near 1 for
 * the right Arabic code page, low for the wrong one; 0 when ASCII letters outnumber Arabic ones.
 */
final class ArabicCodePageScorer {
  private ArabicCodePageScorer() {}

  static double score(CharSequence decoded) {
    int nonAscii = 0;
    int arabicLetters = 0;
    int asciiLetters = 0;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          asciiLetters++;
        }
        continue;
      }
      nonAscii++;
      if (c >= 0x0600 && c <= 0x06FF && Character.isLetter(c)) {
        arabicLetters++;
      }
    }
    // Latin text with a few accents (é is ى in ISO-8859-6) must not pass for Arabic.
    if (nonAscii == 0 || arabicLetters <= asciiLetters) {
      return 0;
    }
    return (double) arabicLetters / nonAscii;
  }
}
