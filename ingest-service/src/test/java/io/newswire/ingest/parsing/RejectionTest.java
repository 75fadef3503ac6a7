package io.newswire.ingest.parsing;

import static io.newswire.ingest.parsing.Dispatches.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad input: each is a RejectedDispatchException with its documented reason. */
class RejectionTest {

  private static RejectedDispatchException reject(RawDispatch raw) {
    return assertThrows(RejectedDispatchException.class, () -> new DispatchParser().parse(raw));
  }

  private static RejectedDispatchException reject(String text) {
    return reject(raw(text));
  }

  @Test
  void empty() {
    assertEquals("empty", reject(raw(new byte[0], null, null)).reason());
    assertEquals("empty", reject(" \n\t \u200f\n").reason());
    assertEquals("decode", reject(raw(new byte[0], null, null)).stage());
  }

  @Test
  void tooLargeWithConfigurableLimit() {
    byte[] body = "Headline\nBody text that is long enough.".getBytes(StandardCharsets.UTF_8);
    RejectedDispatchException e = assertThrows(RejectedDispatchException.class,
        () -> new DispatchParser(16).parse(raw(body, null, null)));
    assertEquals("too-large", e.reason());
    byte[] big = new byte[DispatchParser.DEFAULT_MAX_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    assertEquals("too-large", reject(raw(big, null, null)).reason());
  }

  @Test
  void binary() {
    byte[] png = new byte[512];
    for (int i = 0; i < png.length; i++) {
      png[i] = (byte) (i * 31 % 256);
    }
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    assertEquals("binary", reject(raw(png, null, null)).reason());
    assertEquals("binary", reject("Headline\u0000\u0000\u0000\nBody\u0000\u0000 text\u0000").reason());
  }

  @Test
  void undecodableInDeclaredCharset() {
    byte[] body = {'H', 'i', '\n', (byte) 0xC3, (byte) 0x28, 'x'};
    RejectedDispatchException e = reject(raw(body, null, "UTF-8"));
    assertEquals("undecodable", e.reason());
    assertEquals("decode", e.stage());
  }

  @Test
  void xxeIsRefusedNeverFetched() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <nitf><body><body.head><hedline><hl1>&xxe;</hl1></hedline></body.head>
        <body.content><p>x</p></body.content></body></nitf>
        """;
    assertEquals("xml-doctype-forbidden", reject(xxe).reason());
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n<nitf><body><body.head><hedline><hl1>&lol9;</hl1></hedline></body.head></body></nitf>");
    RejectedDispatchException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> reject(dtd.toString()));
    assertEquals("xml-doctype-forbidden", e.reason());
  }

  @Test
  void doctypeWithDeclarationsIsRefusedEvenWithoutAnXmlDeclarationOrHeader() {
    assertEquals("xml-doctype-forbidden",
        reject(raw("<!DOCTYPE x SYSTEM \"http://example.invalid/x.dtd\" [<!ENTITY e \"e\">]><nitf/>".getBytes(StandardCharsets.UTF_8), "application/nitf+xml", null)).reason());
    // An external DTD alone is accepted but never read: its entities stay undeclared, never expanded.
    String external = "<!DOCTYPE nitf SYSTEM \"http://example.invalid/x.dtd\"><nitf><body><body.head><hedline><hl1>&xxe;</hl1>"
        + "</hedline></body.head><body.content><p>Text.</p></body.content></body></nitf>";
    assertEquals("malformed-xml", reject(external).reason());
    assertEquals("xml-doctype-forbidden",
        reject("<!DOCTYPE nitf SYSTEM \"nitf-3-2.dtd\"><!DOCTYPE x [<!ENTITY a \"aaaa\">]><nitf/>").reason());
  }

  @Test
  void malformedXml() {
    RejectedDispatchException e = reject("<?xml version=\"1.0\"?><nitf><body><p>unclosed</body>");
    assertEquals("malformed-xml", e.reason());
    assertEquals("parse", e.stage());
  }

  @Test
  void malformedJson() {
    assertEquals("malformed-json", reject("{\"headline\": \"x\", ").reason());
    assertEquals("malformed-json", reject(raw("[1, 2]".getBytes(StandardCharsets.UTF_8), "application/json", null)).reason());
    assertEquals("malformed-json", reject("{\"headline\": \"x\"} trailing").reason());
  }

  @Test
  void unsupportedFormat() {
    assertEquals("unsupported-format", reject("<?xml version=\"1.0\"?><catalog><book/></catalog>").reason());
    // A feed is supported; one without entries has no item to give.
    assertEquals("no-items", reject("<?xml version=\"1.0\"?><rss><channel/></rss>").reason());
    assertEquals("unsupported-format", reject("{\"foo\": 1}").reason());
  }

  @Test
  void noHeadline() {
    assertEquals("no-headline", reject("{\"uri\": \"u1\", \"body_text\": \"Some body text.\"}").reason());
  }

  @Test
  void noBody() {
    assertEquals("no-body", reject("Just a headline\n\n").reason());
    assertEquals("no-body", reject("{\"uri\": \"u2\", \"headline\": \"Only a headline\"}").reason());
  }

  @Test
  void framingWithoutText() {
    assertEquals("malformed-framing", reject("\u0001a0001 r a BC-Test 10-05 0010\n").reason());
  }
}
