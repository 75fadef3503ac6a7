package io.newswire.ingest.parsing;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.ParsedArticle;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * For any input, {@link DispatchParser#parse} returns an article or throws
 * {@link RejectedDispatchException}, and never with the 'internal-error' reason (which would mean a bug
 * caught by the safety net).
 */
class DispatchParserPropertiesTest {
  private static final DispatchParser PARSER = new DispatchParser(64 * 1024);
  private static final String[] CONTENT_TYPES = {
      null, "text/plain", "application/nitf+xml", "application/xml", "application/ninjs+json",
      "application/json", "application/vnd.iptc.g2.newsitem+xml", "text/vnd.iptc.7901", "text/vnd.anpa.1312",
      "text/plain; charset=windows-1256", "text/plain; charset=bogus!"};

  private static void parseOrReject(byte[] body, String contentType) {
    RawDispatch raw = new RawDispatch("k", body,
        contentType == null ? Map.of() : Map.of("content-type", contentType), 0L);
    try {
      ParsedArticle a = PARSER.parse(raw);
      assertNotNull(a.getHeadline());
    } catch (RejectedDispatchException e) {
      assertNotEquals(RejectReason.INTERNAL_ERROR, e.reason(), () -> "bug caught by the safety net: " + e.getCause());
    }
  }

  @Property(tries = 400)
  void randomBytes(@ForAll @Size(max = 2048) byte[] body, @ForAll("contentTypes") String contentType) {
    parseOrReject(body, contentType);
  }

  @Property(tries = 400)
  void malformedXml(@ForAll("xmlish") String xml) {
    parseOrReject(xml.getBytes(StandardCharsets.UTF_8), null);
  }

  @Property(tries = 400)
  void malformedJson(@ForAll("jsonish") String json) {
    parseOrReject(json.getBytes(StandardCharsets.UTF_8), null);
  }

  @Property(tries = 300)
  void framedText(@ForAll("framed") String text) {
    parseOrReject(text.getBytes(StandardCharsets.UTF_8), null);
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of(CONTENT_TYPES).injectNull(0.3);
  }

  /** Fragments of NITF/NewsML-G2 shuffled and cut: mostly not well-formed. */
  @Provide
  Arbitrary<String> xmlish() {
    Arbitrary<String> piece = Arbitraries.of(
        "<?xml version=\"1.0\"?>", "<nitf>", "</nitf>", "<head>", "</head>", "<body>", "</body>", "<body.head>",
        "<hedline><hl1>", "</hl1></hedline>", "<body.content>", "</body.content>", "<p>", "</p>", "&amp;", "&bogus;",
        "<newsItem guid=\"g\" version=\"x\">", "</newsItem>", "<contentMeta>", "<headline>", "</headline>",
        "<!-- c -->", "<![CDATA[ x ]]>", "<doc-id id-string=\"", "\"/>", "<urgency ed-urg=\"99\"/>", "العنوان",
        "Headline text", "\u0000", "<", ">", "\"", "<!DOCTYPE x>");
    return piece.list().ofMaxSize(30).map(l -> String.join("", l))
        .map(s -> s.startsWith("<") ? s : "<nitf>" + s);
  }

  /** Fragments of ninjs shuffled and cut. */
  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> piece = Arbitraries.of(
        "{", "}", "[", "]", ",", ":", "\"uri\"", "\"headline\"", "\"headlines\"", "\"body_text\"", "\"bodies\"",
        "\"value\"", "\"role\"", "\"urgency\"", "\"version\"", "\"pubstatus\"", "\"canceled\"", "\"versioncreated\"",
        "\"2024-13-45T99:00:00Z\"", "\"عنوان\"", "\"text\"", "null", "true", "12", "-1", "1e999", "\"\\u0000\"",
        "\"subject\"", "\"located\"", "\"body_html\"", "\"<p>x</p>\"");
    return piece.list().ofMaxSize(40).map(l -> "{" + String.join("", l));
  }

  /** ANPA / IPTC framing with random headers and bodies. */
  @Provide
  Arbitrary<String> framed() {
    Arbitrary<String> header = Arbitraries.strings().withChars("aAbu0123456789 -POLBC").ofMaxLength(40);
    Arbitrary<String> body = Arbitraries.strings().all().ofMaxLength(300);
    return net.jqwik.api.Combinators.combine(header, body, Arbitraries.of("\u0003", "\u0004", "", "\u0003\u0004"))
        .as((h, b, end) -> "\u0001" + h + "\r\n\u0002" + b + end);
  }
}
