package io.newswire.ingest.parsing;

import static io.newswire.ingest.parsing.Dispatches.parseAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.ParsedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** E-mail dispatches: Subject as headline, the text part as body, encoded headers and part charsets. */
class MailTest {

  @Test
  void multipartQuotedPrintableLatin1() throws Exception {
    ParsedArticle a = parseAll("email-ntb-no.eml").articles().get(0);
    assertEquals("email", a.getFormat());
    assertEquals("Milliardløft for Bergensbanen", a.getHeadline(), "RFC 2047 subject decoded");
    assertEquals("20241005091158.4711@ntb.example", a.getId());
    assertEquals(Instant.parse("2024-10-05T07:11:58Z"), a.getVersionCreated());
    assertEquals("ISO-8859-1", a.getCharset());
    assertEquals("NTB", a.getSource().getAgency());
    assertEquals("OSLO", a.getDateline().getCity());
    assertEquals(2, a.getParagraphs().size(), "wrapped lines joined, signature cut: " + a.getParagraphs());
    assertTrue(a.getParagraphs().get(0).startsWith("Regjeringen vil bruke 2,5 milliarder kroner på å ruste opp jernbanen"));
    assertTrue(a.getParagraphs().get(1).contains("tunnelene på Bergensbanen"));
  }

  @Test
  void htmlOnlyBase64Utf8WithForwardPrefix() throws Exception {
    ParsedArticle a = parseAll("email-ritzau-da.eml").articles().get(0);
    assertEquals("Mobilforbud i folkeskolen vedtaget", a.getHeadline());
    assertEquals("UTF-8", a.getCharset());
    assertEquals("KØBENHAVN", a.getDateline().getCity());
    assertEquals("Ritzau", a.getDateline().getAgency());
    assertEquals(2, a.getParagraphs().size());
    assertFalse(a.getParagraphs().get(0).contains("margin"), "style sheets are no text");
  }

  @Test
  void headerLinesAreNeverTheHeadline() throws Exception {
    String mail = "Delivered-To: desk@example.org\r\nFrom: Desk <desk@example.org>\r\nSubject: \r\n"
        + "Date: Sat, 5 Oct 2024 10:30:00 +0200\r\n\r\nBridge reopens after repairs\r\n\r\nThe bridge reopened on Saturday after two months of repairs.\r\n";
    ParsedArticle a = Dispatches.parse(mail);
    assertEquals("Bridge reopens after repairs", a.getHeadline());
    assertEquals(1, a.getParagraphs().size());
  }

  @Test
  void forwardedMessageHeaderBlockIsNoText() throws Exception {
    String mail = "From: Desk <desk@example.org>\r\nSubject: WG: Hochwasser in Dresden\r\nDate: Sat, 5 Oct 2024 10:30:00 +0200\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "---------- Weitergeleitete Nachricht ----------\r\nVon: Agentur <agentur@example.org>\r\nDatum: Sa., 5. Okt. 2024\r\n"
        + "Betreff: Hochwasser in Dresden\r\nAn: desk@example.org\r\n\r\n"
        + "Dresden (dpa) - Das Hochwasser der Elbe hat in Dresden am Samstagmorgen seinen Höchststand erreicht.\r\n";
    ParsedArticle a = Dispatches.parse(Dispatches.raw(mail.getBytes(StandardCharsets.UTF_8), null, null));
    assertEquals("Hochwasser in Dresden", a.getHeadline());
    assertEquals(1, a.getParagraphs().size(), a.getParagraphs().toString());
    assertTrue(a.getParagraphs().get(0).startsWith("Das Hochwasser der Elbe"));
    assertEquals("Dresden", a.getDateline().getCity());
  }

  @Test
  void mailWithoutTextIsRejectedWithAReason() {
    String mail = "From: photo@example.org\r\nSubject: Picture\r\nMIME-Version: 1.0\r\nContent-Type: image/jpeg\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRgABAQAAAQABAAD/\r\n";
    RejectedDispatchException e = org.junit.jupiter.api.Assertions.assertThrows(RejectedDispatchException.class,
        () -> new DispatchParser().parse(Dispatches.raw(mail.getBytes(StandardCharsets.US_ASCII), null, null)));
    assertEquals("no-body", e.reason());
  }

  @Test
  void plainTextWithAColonInItsFirstLineIsNoMail() throws Exception {
    ParsedArticle a = Dispatches.parse("Breaking: storm closes airport\nThe airport closed on Saturday as the storm hit.");
    assertEquals("plain", a.getFormat());
  }
}
