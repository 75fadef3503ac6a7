package io.newswire.ingest.parsing.charset;

/**
 * Tells binary payloads (images, compressed or encrypted blobs sent to a text feed) from text. Counted
 * as binary evidence: NUL, the C0 controls no wire format uses (ENQ, ACK, BEL, BS, CAN, SUB), C1
 * controls and U+FFFD. The controls of ANPA-1312 and IPTC 7901 are text, not evidence: SOH, STX,
 * ETX, EOT, SO/SI (font shifts), DLE and DC1-DC4 (AP's formatting codes), NAK, SYN, ETB, EM, ESC,
 * FS/GS/RS/US (separators) and DEL (tape fill).
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
        case 0x00, 0x05, 0x06, 0x07, 0x08, 0x18, 0x1A:
          return true;
        default:
          return false; // tab, line breaks and the wire controls
      }
    }
    return (c >= 0x80 && c <= 0x9F) || c == '\uFFFD';
  }
}
