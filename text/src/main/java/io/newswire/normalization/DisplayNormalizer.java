package io.newswire.normalization;

import java.text.Normalizer;

/**
 * The display form of dispatch text: faithful to the source, but clean enough to publish.
 * NFC, control characters removed, runs of whitespace collapsed to one space, trimmed.
 */
public final class DisplayNormalizer {
  private DisplayNormalizer() {}

  /** Normalizes one line or paragraph (line breaks become spaces). */
  public static String normalize(String raw) {
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (Character.getType(cp) == Character.CONTROL) {
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}
