package io.newswire.ingest.parsing.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Round 25: valid UTF-8 is decoded by the String constructor instead of a strict CharsetDecoder; the text
 * must be the strict decoder's, and anything the constructor had to replace goes to the strict decoder.
 */
class CharsetSpeedRound25Test {
  private static final String ARABIC = "وصل الوفد إلى المدينة صباح اليوم";
  private static final String PERSIAN = "هیئت امروز صبح به شهر رسید";
  private static final String ENGLISH = "The delegation reached the city this morning — “on time”, officials said.";

  /** Valid UTF-8 of each script: the fast path answers, with the strict decoder's text. */
  @Test
  void validUtf8IsTheStrictDecodersText() throws Exception {
    for (String s : new String[] {ARABIC, PERSIAN, ENGLISH, "\uFEFFwith a mark", "emoji \uD83D\uDCF0 and ASCII", ""}) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      assertEquals(strictUtf8(b), CharsetResolver.validUtf8(b, StandardCharsets.UTF_8), s);
    }
    DecodedText d = CharsetResolver.decode(ARABIC.getBytes(StandardCharsets.UTF_8), null, null);
    assertEquals(ARABIC, d.text());
    assertEquals("UTF-8", d.charset());
    assertTrue(d.detected());
  }

  /** Malformed bytes, a replacement character the text really holds, another charset: the strict path decides. */
  @Test
  void anythingElseGoesToTheStrictDecoder() throws Exception {
    byte[] cp1256 = ARABIC.getBytes(CharsetResolver.WINDOWS_1256);
    assertNull(CharsetResolver.validUtf8(cp1256, StandardCharsets.UTF_8));
    assertEquals("windows-1256", CharsetResolver.decode(cp1256, null, null).charset());

    byte[] truncated = {'a', (byte) 0xD9};
    assertNull(CharsetResolver.validUtf8(truncated, StandardCharsets.UTF_8));

    byte[] surrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}; // an encoded surrogate is malformed UTF-8
    assertNull(CharsetResolver.validUtf8(surrogate, StandardCharsets.UTF_8));

    String replacement = "a \uFFFD b";
    byte[] literal = replacement.getBytes(StandardCharsets.UTF_8);
    assertNull(CharsetResolver.validUtf8(literal, StandardCharsets.UTF_8));
    DecodedText d = CharsetResolver.decode(literal, null, null);
    assertEquals(replacement, d.text());
    assertEquals("UTF-8", d.charset());

    assertNull(CharsetResolver.validUtf8(ENGLISH.getBytes(StandardCharsets.UTF_8), CharsetResolver.WINDOWS_1252));
  }

  private static String strictUtf8(byte[] b) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
  }
}
