package io.newswire.ingest.parsing.format;

import java.util.Locale;

/**
 * Picks the parser for a dispatch. The 'content-type' header decides when it names a format we read;
 * generic XML/JSON types and a missing header fall back to sniffing the text: XML (NITF or NewsML-G2
 * by root element), a JSON object (ninjs), SOH framing (IPTC 7901 / ANPA-1312 by header shape),
 * else plain text.
 */
public final class FormatSniffer {
  /** What the sniffer chose; the XML family is resolved by root element after parsing. */
  public enum Family { PLAIN, XML, JSON, FRAMED_IPTC7901, FRAMED_ANPA1312, FRAMED }

  private FormatSniffer() {}

  public static Family sniff(String text, String contentTypeHeader) {
    Family declared = fromContentType(contentTypeHeader);
    if (declared != null) {
      return declared;
    }
    return fromText(text);
  }

  static Family fromContentType(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String ct = header.toLowerCase(Locale.ROOT);
    int semi = ct.indexOf(';');
    if (semi >= 0) {
      ct = ct.substring(0, semi);
    }
    ct = ct.trim();
    if (ct.contains("nitf") || ct.contains("newsitem") || ct.contains("g2") || ct.endsWith("/xml") || ct.endsWith("+xml")) {
      return Family.XML;
    }
    if (ct.contains("ninjs") || ct.endsWith("/json") || ct.endsWith("+json")) {
      return Family.JSON;
    }
    if (ct.contains("7901")) {
      return Family.FRAMED_IPTC7901;
    }
    if (ct.contains("anpa")) {
      return Family.FRAMED_ANPA1312;
    }
    return null; // text/plain and unknown types: look at the text (a text/plain feed may still send SOH frames)
  }

  static Family fromText(String text) {
    if (WireFramingParser.isFramed(text)) {
      return Family.FRAMED;
    }
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i == text.length()) {
      return Family.PLAIN;
    }
    char c = text.charAt(i);
    if (c == '{' && looksLikeJsonObject(text, i + 1)) {
      return Family.JSON;
    }
    if (c == '[' && startsJsonObjectList(text, i + 1)) {
      return Family.JSON; // a ninjs feed delivered as a bare list
    }
    if (c == '<' && i + 1 < text.length()) {
      char next = text.charAt(i + 1);
      // "<?xml", "<!DOCTYPE", "<nitf": XML. "<ABC> said..." (Reuters tickers) is a plain headline.
      if (next == '?' || next == '!' || (Character.isLetter(next) && text.stripTrailing().endsWith(">"))) {
        return Family.XML;
      }
    }
    return Family.PLAIN;
  }

  /** "[" then "{" and a quoted key: a list of JSON objects. "[Update] Storm…" is a headline. */
  private static boolean startsJsonObjectList(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '{' && looksLikeJsonObject(text, i + 1);
  }

  /** "{" then a quoted key or "}": a JSON object. "{هامتون كورت}.. 500 عام" is a headline. */
  private static boolean looksLikeJsonObject(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i == text.length() || text.charAt(i) == '"' || text.charAt(i) == '}' || text.charAt(i) == '\'';
  }
}
