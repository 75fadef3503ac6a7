package io.newswire.ingest.parsing;

import io.newswire.schema.ParsedArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Test helpers: raw dispatches from text, and parsing them. */
final class Dispatches {
  static final long RECEIVED_2024_10_05 = 1728129600000L; // 2024-10-05T12:00:00Z

  private Dispatches() {}

  static RawDispatch raw(String text) {
    return raw(text.getBytes(StandardCharsets.UTF_8), null, null);
  }

  static RawDispatch raw(byte[] body, String contentType, String charset) {
    Map<String, String> headers = new HashMap<>();
    headers.put("source", "test-feed");
    if (contentType != null) {
      headers.put("content-type", contentType);
    }
    if (charset != null) {
      headers.put("charset", charset);
    }
    return new RawDispatch(null, body, headers, RECEIVED_2024_10_05);
  }

  static RawDispatch raw(String text, Charset encoding, String contentType) {
    return raw(text.getBytes(encoding), contentType, null);
  }

  static ParsedArticle parse(String text) throws RejectedDispatchException {
    return new DispatchParser().parse(raw(text));
  }

  /** A test resource's bytes as they are: charset questions stay the parser's. */
  static byte[] sample(String name) {
    try (var in = Dispatches.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test sample " + name);
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static ParseResult parseAll(String sampleName) throws RejectedDispatchException {
    return new DispatchParser().parseAll(raw(sample(sampleName), null, null));
  }

  static ParsedArticle parse(RawDispatch raw) throws RejectedDispatchException {
    return new DispatchParser().parse(raw);
  }
}
