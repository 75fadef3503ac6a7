package io.newswire.ingest.parsing.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Round 58: the markup charset scan looks for a '<' among the first bytes before it copies them into a String, so
 * plain text (no markup) costs no copy; what it finds in markup is unchanged.
 */
class CharsetSpeedRound58Test {
  @Test
  void plainTextHasNoMarkupCharset() {
    assertNull(CharsetResolver.markupCharset("وصل الوفد إلى المدينة صباح اليوم".getBytes(StandardCharsets.UTF_8)));
    assertNull(CharsetResolver.markupCharset("The delegation reached the city, officials said.".getBytes(StandardCharsets.US_ASCII)));
    // 0xBC is '¼' in ISO-8859-1, and UTF-8's multi-byte sequences hold no 0x3C: no '<' here
    assertNull(CharsetResolver.markupCharset(new byte[] {'a', (byte) 0xBC, 'b', (byte) 0xD9, (byte) 0x88}));
  }

  @Test
  void markupNamesItsCharset() {
    byte[] xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><nitf><p>text</p></nitf>".getBytes(StandardCharsets.US_ASCII);
    assertEquals(CharsetResolver.WINDOWS_1256, CharsetResolver.markupCharset(xml));
    byte[] html = "<html><head><meta charset=\"ISO-8859-6\"></head><body>text</body></html>".getBytes(StandardCharsets.US_ASCII);
    assertEquals(CharsetResolver.ISO_8859_6, CharsetResolver.markupCharset(html));
  }

  @Test
  void aTagAfterTheScannedBytesIsNotSeen() {
    byte[] late = ("x".repeat(1100) + "<meta charset=\"windows-1256\">").getBytes(StandardCharsets.US_ASCII);
    assertNull(CharsetResolver.markupCharset(late));
  }
}
