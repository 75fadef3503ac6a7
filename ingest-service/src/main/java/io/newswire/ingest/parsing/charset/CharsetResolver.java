package io.newswire.ingest.parsing.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the charset of a dispatch and decodes it. Precedence, first that applies wins:
 * <ol>
 *   <li>valid UTF-8 with multi-byte sequences is UTF-8 whatever a declaration below says when it names a
 *       single-byte charset (charsetDetected = true: the declaration was overruled);</li>
 *   <li>the 'charset' header, else the content-type's {@code charset=} parameter (a name the JVM
 *       does not know is ignored; bytes invalid in a known declared charset are 'undecodable');</li>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE);</li>
 *   <li>markup: an XML declaration's {@code encoding}, an HTML {@code <meta charset>};</li>
 *   <li>detection: valid UTF-8 is UTF-8 (invalid sequences are rare in any 8-bit text); else the
 *       Arabic code pages are tried and scored ({@link ArabicCodePageScorer}); else ICU4J's
 *       {@link CharsetDetector}; else windows-1252.</li>
 * </ol>
 * Nothing is forced by wire format: ANPA-1312 and IPTC 7901 framing is ASCII, so Arabic sent in those
 * frames decodes like any other text. Thread-safe.
 */
public final class CharsetResolver {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  /** Minimum Arabic-letter share of non-ASCII characters for an Arabic code page to win. */
  private static final double ARABIC_MIN_SCORE = 0.6;
  private static final int MARKUP_SCAN_BYTES = 1024;

  // CharsetDetector is stateful and not thread-safe; one per thread, built on first use.
  private static final ThreadLocal<CharsetDetector> DETECTOR = ThreadLocal.withInitial(CharsetDetector::new);

  private CharsetResolver() {}

  public static DecodedText decode(byte[] bytes, String charsetHeader, String contentType)
      throws UndecodableException {
    String declared = charsetHeader != null && !charsetHeader.isBlank() ? charsetHeader.trim() : param(contentType);
    Charset declaredCharset = lookup(declared);
    if (declaredCharset != null) {
      DecodedText utf8 = utf8Despite(bytes, declaredCharset);
      return utf8 != null ? utf8 : new DecodedText(stripBom(strict(bytes, declaredCharset)), declaredCharset.name(), false);
    }
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      return new DecodedText(stripBom(strict(bytes, bom)), bom.name(), false);
    }
    Charset markup = markupCharset(bytes);
    if (markup != null) {
      DecodedText utf8 = utf8Despite(bytes, markup);
      return utf8 != null ? utf8 : new DecodedText(strict(bytes, markup), markup.name(), false);
    }
    return detect(bytes);
  }

  /**
   * Valid UTF-8 with multi-byte sequences, declared as a single-byte charset (Latin-1, windows-1252…):
   * the declaration is wrong (a template's default, a relay that re-labelled). Decoding as declared
   * would give mojibake ("41-Ã¥rig"), while real Latin-1 text with accents is almost never valid
   * UTF-8 by chance. So the bytes are believed, and charsetDetected says the declaration was overruled.
   */
  private static DecodedText utf8Despite(byte[] bytes, Charset declared) {
    if (declared.name().startsWith("UTF") || declared.newEncoder().maxBytesPerChar() > 1 || !hasMultiByteSequence(bytes)) {
      return null;
    }
    String utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
    return utf8 == null ? null : new DecodedText(stripBom(utf8), "UTF-8", true);
  }

  private static boolean hasMultiByteSequence(byte[] bytes) {
    for (byte b : bytes) {
      if ((b & 0xC0) == 0xC0) {
        return true;
      }
    }
    return false;
  }

  private static DecodedText detect(byte[] bytes) throws UndecodableException {
    String utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new DecodedText(utf8, "UTF-8", true);
    }
    // Arabic code pages first: ICU's statistics cannot tell 1256 from 8859-6 reliably.
    String cp1256 = tryStrict(bytes, WINDOWS_1256);
    String iso6 = tryStrict(bytes, ISO_8859_6);
    double s1256 = cp1256 == null ? -1 : ArabicCodePageScorer.score(cp1256);
    double siso = iso6 == null ? -1 : ArabicCodePageScorer.score(iso6);
    if (Math.max(s1256, siso) >= ARABIC_MIN_SCORE) {
      return s1256 >= siso
          ? new DecodedText(cp1256, WINDOWS_1256.name(), true)
          : new DecodedText(iso6, ISO_8859_6.name(), true);
    }
    Charset icu = icuGuess(bytes);
    if (icu != null) {
      String text = tryStrict(bytes, icu);
      if (text != null) {
        return new DecodedText(text, icu.name(), true);
      }
    }
    String latin = tryStrict(bytes, WINDOWS_1252);
    if (latin != null) {
      return new DecodedText(latin, WINDOWS_1252.name(), true);
    }
    if (cp1256 != null) { // windows-1256 maps every byte: the last resort that still keeps Arabic
      return new DecodedText(cp1256, WINDOWS_1256.name(), true);
    }
    throw new UndecodableException("no plausible charset for the bytes", null);
  }

  private static Charset icuGuess(byte[] bytes) {
    CharsetDetector detector = DETECTOR.get();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    detector.setText(new byte[0]); // do not keep the dispatch alive in the thread-local
    if (match == null || match.getConfidence() < 30) {
      return null;
    }
    Charset cs = lookup(match.getName());
    // WHATWG practice: a Latin-1 label means windows-1252 (curly quotes, dashes in 0x80-0x9F).
    return cs != null && cs.name().equals("ISO-8859-1") ? WINDOWS_1252 : cs;
  }

  /** The {@code charset=} parameter of a content type, or null. */
  public static String param(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      String n = name.trim().toLowerCase(Locale.ROOT);
      if (n.equals("cp1256") || n.equals("arabic")) {
        n = "windows-1256";
      }
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) { // illegal charset name
      return null;
    }
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean hasByte(byte[] b, int n, byte x) {
    for (int i = 0; i < n; i++) {
      if (b[i] == x) {
        return true;
      }
    }
    return false;
  }

  /** XML declaration or HTML meta, read as ASCII from the first bytes. UTF-16 labels are ignored: without a BOM they would be wrong here. */
  static Charset markupCharset(byte[] b) {
    int n = Math.min(b.length, MARKUP_SCAN_BYTES);
    if (n == 0 || b[0] == 0) {
      return null;
    }
    if (!hasByte(b, n, (byte) '<')) {
      return null; // plain text (most dispatches): no markup, and no copy of its head
    }
    String head = new String(b, 0, n, StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    String name = m.find() ? m.group(1) : null;
    if (name == null) {
      Matcher meta = META_CHARSET.matcher(head);
      name = meta.find() ? meta.group(1) : null;
    }
    Charset cs = lookup(name);
    return cs == null || cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32") ? null : cs;
  }

  private static String strict(byte[] bytes, Charset cs) throws UndecodableException {
    String utf8 = validUtf8(bytes, cs);
    if (utf8 != null) {
      return utf8;
    }
    try {
      return decoder(cs).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UndecodableException("bytes are not valid " + cs.name(), e);
    }
  }

  private static String tryStrict(byte[] bytes, Charset cs) {
    String utf8 = validUtf8(bytes, cs);
    if (utf8 != null) {
      return utf8;
    }
    try {
      return decoder(cs).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * UTF-8 bytes decoded by the String constructor when they are valid, else null (then the strict decoder
   * decides). Nearly every dispatch is valid UTF-8, and the constructor's intrinsic decoding costs a fraction
   * of a CharsetDecoder's buffer loop and the copy out of its CharBuffer. The constructor replaces each
   * malformed sequence with U+FFFD by the same rules the strict decoder reports it by, so a result without
   * U+FFFD is the strict decoder's own; with one (malformed input, or a U+FFFD the text really holds) the
   * strict decoder runs as before.
   */
  static String validUtf8(byte[] bytes, Charset cs) {
    if (!StandardCharsets.UTF_8.equals(cs)) {
      return null;
    }
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.indexOf('\uFFFD') < 0 ? s : null;
  }

  private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }
}
