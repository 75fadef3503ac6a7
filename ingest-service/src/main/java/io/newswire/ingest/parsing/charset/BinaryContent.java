package io.newswire.ingest.parsing.charset;

/**
 * Tells binary payloads (images, compressed or encrypted blobs sent to a text feed) from text. Counted
 * as binary evidence: NUL, C0 controls other than tab/line breaks and the wire framing characters
 * (SOH, STX, ETX, EOT, SYN, ESC, RS, US used by ANPA-1312 / IPTC 7901), DEL, C1 controls and U+FFFD.
 */
public final class BinaryContent {
  /** Binary when more than 1% of the chars are such evidence (and at least 2). */
  private static final int PERCENT = 1;

  private BinaryContent() {}

  public static boolean isBinary(String text) {
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isSuspect(text.charAt(i))) {
        bad++;
      }
    }
    return bad >= 2 && bad * 100L > (long) text.length() * PERCENT;
  }

  private static boolean isSuspect(char c) {
    if (c < 0x20) {
      switch (c) {
        case '\t', '\n', '\r', '\f', 0x0B, 0x01, 0x02, 0x03, 0x04, 0x16, 0x1B, 0x1E, 0x1F:
          return false;
        default:
          return true; // NUL and the other C0 controls
      }
    }
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFFFD';
  }
}
