package io.newswire.ingest.parsing;

import static io.newswire.ingest.parsing.Dispatches.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.ParsedArticle;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset precedence and detection. Fixtures are invented. */
class CharsetTest {
  static final String ARABIC = "ارتفاع أسعار النفط في الأسواق العالمية\n"
      + "الرياض (واس) - ارتفعت أسعار النفط اليوم في الأسواق العالمية بعد قرار خفض الإنتاج.\n"
      + "وقال محللون إن الأسعار قد تواصل الارتفاع خلال الأسابيع المقبلة.\n";
  static final String PERSIAN = "افزایش قیمت نفت در بازارهای جهانی\n"
      + "قیمت نفت امروز پس از تصمیم به کاهش تولید در بازارهای جهانی افزایش یافت.\n"
      + "کارشناسان می‌گویند این روند در هفته‌های آینده ادامه خواهد داشت.\n";
  static final String FRENCH = "Les prix du pétrole en hausse\n"
      + "PARIS, 5 oct (AFP) - Les prix du pétrole ont augmenté après la décision de réduire la production.\n"
      + "Selon les analystes, la hausse pourrait se poursuivre pendant des semaines, a-t-on précisé.\n";

  private static ParsedArticle parse(byte[] body) throws RejectedDispatchException {
    return Dispatches.parse(raw(body, null, null));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void utf8WithoutBomIsDetected() throws Exception {
    ParsedArticle a = parse(ARABIC.getBytes(StandardCharsets.UTF_8));
    assertEquals("UTF-8", a.getCharset());
    assertTrue(a.getCharsetDetected());
    assertEquals("ارتفاع أسعار النفط في الأسواق العالمية", a.getHeadline());
  }

  @Test
  void utf8WithBom() throws Exception {
    ParsedArticle a = parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARABIC.getBytes(StandardCharsets.UTF_8)));
    assertEquals("UTF-8", a.getCharset());
    assertFalse(a.getCharsetDetected());
    assertEquals("ارتفاع أسعار النفط في الأسواق العالمية", a.getHeadline(), "BOM not part of the headline");
  }

  @Test
  void utf16LittleEndianWithBom() throws Exception {
    ParsedArticle a = parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PERSIAN.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("UTF-16LE", a.getCharset());
    assertFalse(a.getCharsetDetected());
    assertEquals("fa", a.getLanguage());
    assertEquals("افزایش قیمت نفت در بازارهای جهانی", a.getHeadline());
  }

  @Test
  void utf16BigEndianWithBom() throws Exception {
    ParsedArticle a = parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals("UTF-16BE", a.getCharset());
    assertEquals("ar", a.getLanguage());
  }

  @Test
  void windows1256IsDetected() throws Exception {
    ParsedArticle a = parse(ARABIC.getBytes(Charset.forName("windows-1256")));
    assertEquals("windows-1256", a.getCharset());
    assertTrue(a.getCharsetDetected());
    assertEquals("ارتفاع أسعار النفط في الأسواق العالمية", a.getHeadline());
    assertEquals("Saudi Press Agency", a.getDateline().getAgency());
  }

  @Test
  void persianInWindows1256IsDetected() throws Exception {
    // windows-1256 has پ چ ژ گ ک but no Persian ی: written with Arabic ي, as old Persian feeds did.
    String persian = PERSIAN.replace('ی', 'ي');
    ParsedArticle a = parse(persian.getBytes(Charset.forName("windows-1256")));
    assertEquals("windows-1256", a.getCharset());
    assertEquals("fa", a.getLanguage());
  }

  @Test
  void iso88596IsDetected() throws Exception {
    ParsedArticle a = parse(ARABIC.getBytes(Charset.forName("ISO-8859-6")));
    assertEquals("ISO-8859-6", a.getCharset());
    assertEquals("ارتفاع أسعار النفط في الأسواق العالمية", a.getHeadline());
  }

  @Test
  void windows1252IsDetected() throws Exception {
    ParsedArticle a = parse(FRENCH.replace("a-t-on", "a-t-on \u2014").getBytes(Charset.forName("windows-1252")));
    assertEquals("windows-1252", a.getCharset());
    assertEquals("Les prix du pétrole en hausse", a.getHeadline());
  }

  @Test
  void latin1TextDecodes() throws Exception {
    ParsedArticle a = parse(FRENCH.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("Les prix du pétrole en hausse", a.getHeadline());
  }

  @Test
  void charsetHeaderWins() throws Exception {
    byte[] body = "Caf\u00e9 opens\nA caf\u00e9 opened today.".getBytes(StandardCharsets.ISO_8859_1);
    ParsedArticle a = Dispatches.parse(raw(body, null, "ISO-8859-1"));
    assertEquals("ISO-8859-1", a.getCharset());
    assertFalse(a.getCharsetDetected());
    assertEquals("Caf\u00e9 opens", a.getHeadline());
  }

  @Test
  void validUtf8DeclaredLatin1IsUtf8() throws Exception {
    // The header says Latin-1 but the bytes are UTF-8: decoding as declared would give "41-Ã¥rig".
    byte[] body = "41-\u00e5rig mann p\u00e5gripet i Bergen\nPolitiet p\u00e5griper en 41-\u00e5rig mann etter brannen.".getBytes(StandardCharsets.UTF_8);
    ParsedArticle a = Dispatches.parse(raw(body, null, "ISO-8859-1"));
    assertEquals("UTF-8", a.getCharset());
    assertTrue(a.getCharsetDetected(), "the declaration was overruled");
    assertEquals("41-\u00e5rig mann p\u00e5gripet i Bergen", a.getHeadline());
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><nitf><body><body.head><hedline><hl1>41-\u00e5rig mann p\u00e5gripet</hl1></hedline></body.head>"
        + "<body.content><p>Politiet p\u00e5griper en 41-\u00e5rig mann.</p></body.content></body></nitf>";
    ParsedArticle n = Dispatches.parse(raw(xml.getBytes(StandardCharsets.UTF_8), null, null));
    assertEquals("41-\u00e5rig mann p\u00e5gripet", n.getHeadline());
    assertTrue(n.getCharsetDetected());
  }

  @Test
  void contentTypeCharsetParameter() throws Exception {
    ParsedArticle a = Dispatches.parse(raw(ARABIC.getBytes(Charset.forName("windows-1256")), "text/plain; charset=windows-1256", null));
    assertEquals("windows-1256", a.getCharset());
    assertFalse(a.getCharsetDetected());
  }

  @Test
  void xmlDeclarationEncoding() throws Exception {
    String nitf = FormatsTest.NITF.replace("encoding=\"UTF-8\"", "encoding=\"windows-1256\"")
        .replace("Port of Salalah to double container capacity", "توسعة ميناء صلالة");
    ParsedArticle a = parse(nitf.getBytes(Charset.forName("windows-1256")));
    assertEquals("windows-1256", a.getCharset());
    assertFalse(a.getCharsetDetected());
    assertEquals("توسعة ميناء صلالة", a.getHeadline());
  }

  @Test
  void unknownDeclaredCharsetFallsBackToDetection() throws Exception {
    ParsedArticle a = Dispatches.parse(raw(ARABIC.getBytes(Charset.forName("windows-1256")), "text/plain; charset=x-unheard-of", null));
    assertEquals("windows-1256", a.getCharset());
    assertTrue(a.getCharsetDetected());
  }

  @Test
  void declaredUtf8WithBomLosesTheBom() throws Exception {
    byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Headline\nBody.".getBytes(StandardCharsets.UTF_8));
    ParsedArticle a = Dispatches.parse(raw(body, null, "utf-8"));
    assertEquals("Headline", a.getHeadline());
    assertEquals("UTF-8", a.getCharset());
  }
}
