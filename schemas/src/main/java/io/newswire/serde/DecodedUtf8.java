package io.newswire.serde;

import java.util.Arrays;
import org.apache.avro.util.Utf8;

/**
 * Per thread, the UTF-8 bytes of the long strings the last records decoded on it, so that a record written on
 * the same thread that repeats one of those very String objects (the enriched article repeats the parsed one's
 * headline, highlights and paragraphs) copies the bytes instead of encoding the text again.
 *
 * <p>Strings are matched by identity: the same object holds the same text. Only strings that decoded without a
 * replacement character are kept, so the kept bytes are exactly what encoding the String would give (malformed
 * input decodes to U+FFFD and would not re-encode to the same bytes). A ring, because Kafka Streams decodes the
 * next record of a partition before the current one reaches the sink.
 */
final class DecodedUtf8 {
  /** Shorter strings are neither kept nor looked up: names and ids are many, short and rarely repeated. */
  static final int MIN_CHARS = 32;
  private static final int SLOTS = 64;

  private static final ThreadLocal<DecodedUtf8> THREAD = ThreadLocal.withInitial(DecodedUtf8::new);

  private final String[] strings = new String[SLOTS];
  private final Utf8[] bytes = new Utf8[SLOTS];
  private int next;

  static DecodedUtf8 get() {
    return THREAD.get();
  }

  /**
   * Remembers {@code s}, decoded from {@code utf8}, when it is long enough and decoded cleanly; copies the bytes,
   * so the caller may reuse {@code utf8}.
   */
  void keep(String s, Utf8 utf8) {
    // ASCII text (as many bytes as chars) encodes by a plain copy already: nothing to save.
    if (s.length() >= MIN_CHARS && utf8.getByteLength() != s.length() && s.indexOf('\uFFFD') < 0) {
      strings[next] = s;
      bytes[next] = new Utf8(Arrays.copyOf(utf8.getBytes(), utf8.getByteLength()));
      next = (next + 1) & (SLOTS - 1);
    }
  }

  /** The bytes {@code s} was decoded from on this thread, or null. */
  Utf8 of(String s) {
    if (s.length() < MIN_CHARS) {
      return null;
    }
    for (int i = 0; i < SLOTS; i++) {
      if (strings[i] == s) {
        return bytes[i];
      }
    }
    return null;
  }
}
