package io.newswire.ingest.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * For any input, {@link DispatchParser#parseAll} returns one outcome per item or throws
 * {@link RejectedDispatchException}, and never with the 'internal-error' reason (which would mean a bug
 * caught by the safety net). Well-formed envelopes of random items end each item exactly once.
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
      ParseResult r = PARSER.parseAll(raw);
      for (ParseResult.Item item : r.items()) {
        int outcomes = (item.article() != null ? 1 : 0) + (item.rejection() != null ? 1 : 0) + (item.skippedKind() != null ? 1 : 0);
        assertEquals(1, outcomes, "every item ends exactly one way");
        if (item.article() != null) {
          assertNotNull(item.article().getHeadline());
        } else if (item.rejection() != null) {
          assertNotEquals(RejectReason.INTERNAL_ERROR, item.rejection().reason(), () -> "bug: " + item.rejection().getCause());
        }
      }
    } catch (RejectedDispatchException e) {
      assertNotEquals(RejectReason.INTERNAL_ERROR, e.reason(), () -> "bug caught by the safety net: " + e.getCause());
    }
  }

  @Property(tries = 400)
  void malformedEnvelopes(@ForAll("envelopeish") String xml) {
    parseOrReject(xml.getBytes(StandardCharsets.UTF_8), null);
  }

  @Property(tries = 300)
  void malformedMail(@ForAll("mailish") String mail) {
    parseOrReject(mail.getBytes(StandardCharsets.ISO_8859_1), null);
  }

  /** Well-formed envelopes of random items: one outcome per item, of the kind each item is. */
  @Property(tries = 200)
  void everyItemOfAnEnvelopeEndsExactlyOnce(@ForAll("itemKinds") java.util.List<Integer> kinds, @ForAll("envelopeFormat") int format)
      throws RejectedDispatchException {
    String doc = Envelopes.build(format, kinds);
    RawDispatch raw = new RawDispatch("k", doc.getBytes(StandardCharsets.UTF_8), Map.of(), 0L);
    if (kinds.isEmpty() || kinds.equals(List.of(Envelopes.EMPTY_TEXT))) {
      // No item, or one bad item alone: the dispatch as a whole is one rejection.
      org.junit.jupiter.api.Assertions.assertThrows(RejectedDispatchException.class, () -> PARSER.parseAll(raw));
      return;
    }
    ParseResult r = PARSER.parseAll(raw);
    assertEquals(kinds.size(), r.items().size(), doc);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < kinds.size(); i++) {
      ParseResult.Item item = r.items().get(i);
      switch (kinds.get(i)) {
        case Envelopes.TEXT -> {
          assertNotNull(item.article(), () -> "text item " + item + " in " + doc);
          assertTrue(ids.add(item.article().getId()), "each article its own id");
        }
        case Envelopes.PICTURE -> assertNotNull(item.skippedKind(), doc);
        default -> assertEquals(RejectReason.NO_BODY, item.rejection().reason(), doc);
      }
    }
  }

  @Provide
  Arbitrary<java.util.List<Integer>> itemKinds() {
    return Envelopes.itemKinds(8);
  }

  @Provide
  Arbitrary<Integer> envelopeFormat() {
    return Envelopes.formats();
  }

  /** Fragments of NewsML 1.2, newsMessage, Atom and RSS shuffled and cut. */
  @Provide
  Arbitrary<String> envelopeish() {
    Arbitrary<String> piece = Arbitraries.of(
        "<NewsML>", "</NewsML>", "<NewsItem>", "</NewsItem>", "<NewsComponent>", "</NewsComponent>", "<NewsLines>",
        "<HeadLine>Überschrift</HeadLine>", "<DateLine>20170102T222800+0000</DateLine>", "<ContentItem>", "</ContentItem>",
        "<MediaType FormalName=\"Photo\"/>", "<MediaType FormalName=\"Text\"/>", "<DataContent>", "</DataContent>",
        "<newsMessage>", "<itemSet>", "</itemSet>", "<newsItem guid=\"g\">", "</newsItem>", "<itemClass qcode=\"ninat:picture\"/>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "</entry>", "<title>Otsikko</title>", "<content type=\"html\">",
        "&lt;p&gt;", "</content>", "<rss>", "<channel>", "<item>", "</item>", "<description>", "</description>",
        "<!DOCTYPE nitf SYSTEM \"nitf-3-2.dtd\">", "&nbsp;", "&eacute;", "&amp;", "<p>Teksti kappale.</p>", "\u0000", "<", ">");
    return piece.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /** Mail headers and MIME parts shuffled and cut. */
  @Provide
  Arbitrary<String> mailish() {
    Arbitrary<String> piece = Arbitraries.of(
        "From: A <a@example.org>\r\n", "Subject: =?UTF-8?B?w6TDpA==?=\r\n", "Subject: =?ISO-8859-1?Q?bad=ZZ?=\r\n",
        "Date: Sat, 5 Oct 2024 10:30:00 +0200\r\n", "Message-ID: <x@y>\r\n", "MIME-Version: 1.0\r\n",
        "Content-Type: multipart/mixed; boundary=\"b\"\r\n", "Content-Type: text/plain; charset=x-bogus\r\n",
        "Content-Transfer-Encoding: base64\r\n", "Content-Transfer-Encoding: quoted-printable\r\n", "\r\n", "--b\r\n",
        "--b--\r\n", "S\u00f8ndag =E5 =\r\n", "!!!notbase64!!!\r\n", "Content-Type: message/rfc822\r\n", "\u00ff\u00fe");
    return piece.list().ofMaxSize(30).map(l -> "Received: from x\r\nFrom: desk@example.org\r\n" + String.join("", l));
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
