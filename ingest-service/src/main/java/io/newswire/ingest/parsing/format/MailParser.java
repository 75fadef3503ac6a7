package io.newswire.ingest.parsing.format;

import io.newswire.ingest.parsing.RejectReason;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.ingest.parsing.charset.CharsetResolver;
import io.newswire.ingest.parsing.charset.DecodedText;
import io.newswire.ingest.parsing.charset.UndecodableException;
import io.newswire.ingest.parsing.dateline.Agencies;
import io.newswire.ingest.parsing.plain.PlainTextParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * E-mail (RFC 822 / RFC 5322 with MIME), as newsrooms ingest copy from inboxes, read with Apache
 * James Mime4j: the Subject (RFC 2047 encoded words decoded; "Fwd:"/"Re:"/"AW:" prefixes cut) is the
 * headline; the first text/plain part, else the first text/html part converted to text, is the body,
 * its transfer encoding undone and its own charset applied (valid UTF-8 labelled Latin-1 is UTF-8,
 * as for any dispatch); a forwarded message inside is read when the outer one has no text.
 * Message-ID is the id, Date the versionCreated, the sender's display name the agency. The body
 * then goes through the plain-text reader (highlights, dateline, trailers); a signature after
 * "-- " and quoted "&gt;" lines are not the story.
 */
public final class MailParser {
  /** Header names that, two or more among the first lines, make the bytes an e-mail. */
  private static final Set<String> MAIL_HEADERS = Set.of("from", "to", "subject", "date", "message-id", "mime-version",
      "received", "return-path", "delivered-to", "reply-to", "content-type", "x-mailer", "cc", "sender",
      "content-transfer-encoding", "dkim-signature", "arc-seal", "authentication-results", "x-original-to");
  private static final Set<String> STRONG = Set.of("from", "subject", "message-id", "mime-version", "received",
      "return-path", "delivered-to", "date");
  private static final Pattern HEADER = Pattern.compile("^([!-9;-~]{1,76}):(?:[ \t].*|)$");
  private static final Pattern SUBJECT_PREFIX = Pattern.compile("^(?i:(?:re|fwd?|aw|wg|sv|vs|tr|rv|enc)\\s*(?:\\[[0-9]+\\])?\\s*:\\s*)+");
  private static final int SNIFF_BYTES = 8192;
  /** "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:", localised. */
  private static final Pattern FORWARD_MARKER = Pattern.compile(
      "(?i)^\\s*(?:-{2,}\\s*(?:forwarded message|original message|weitergeleitete nachricht|message transféré|message d'origine"
          + "|videresendt melding|videresendt meddelelse|vidarebefordrat meddelande|välitetty viesti|mensaje reenviado"
          + "|messaggio inoltrato|mensagem encaminhada|doorgestuurd bericht|ursprüngliche nachricht)\\s*-{2,}"
          + "|begin forwarded message:|anfang der weitergeleiteten nachricht:)\\s*$");
  /** Header lines of a forwarded message, in the languages of the wires we read. */
  private static final Pattern FORWARDED_HEADER = Pattern.compile(
      "(?i)^\\s*(?:from|date|sent|to|cc|subject|von|gesendet|datum|an|betreff|de|envoyé|date|à|objet|fra|sendt|til|emne|dato"
          + "|från|skickat|till|ämne|lähettäjä|lähetetty|päivämäärä|vastaanottaja|aihe|enviado|para|asunto|da|inviato|oggetto"
          + "|a|van|verzonden|aan|onderwerp|datum)\\s*:|^\\s*$");

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n");

  private final PlainTextParser plain = new PlainTextParser();

  /** True for message/rfc822 content, or bytes that open with mail header lines. */
  public static boolean isMail(byte[] bytes, String contentType) {
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).trim().startsWith("message/rfc822")) {
      return true;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    // Lines one by one: most dispatches are not mail and fail on their first line, so splitting the
    // whole head first was the cost of this test.
    Matcher breaks = LINE_BREAK.matcher(head);
    int[] from = {0};
    Supplier<String> next = () -> {
      if (from[0] > head.length()) {
        return null; // past the last line
      }
      String line;
      if (breaks.find()) {
        line = head.substring(from[0], breaks.start());
        from[0] = breaks.end();
      } else {
        line = head.substring(from[0]);
        from[0] = head.length() + 1;
      }
      return line;
    };
    String line = next.get();
    int i = 0;
    if (line.startsWith("From ")) {
      i = 1; // mbox separator line
      line = next.get();
    }
    int headers = 0;
    int strong = 0;
    for (; line != null && i < 200; i++, line = next.get()) {
      if (line.isEmpty()) {
        break;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (headers == 0) {
          return false;
        }
        continue; // folded header
      }
      var m = HEADER.matcher(line);
      if (!m.matches()) {
        return false;
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      headers++;
      if (STRONG.contains(name)) {
        strong++;
      } else if (!MAIL_HEADERS.contains(name) && !name.startsWith("x-") && !name.startsWith("list-")
          && !name.startsWith("content-") && !name.startsWith("arc-") && !name.startsWith("thread-")) {
        return false;
      }
    }
    return line != null && strong >= 2;
  }

  /** What the body decoded as: the charset named on the ParsedArticle. */
  public record Mail(DispatchContent content, String charset, boolean charsetDetected) {}

  public Mail parse(byte[] bytes, Instant receivedAt) throws RejectedDispatchException {
    Message message;
    try {
      DefaultMessageBuilder builder = new DefaultMessageBuilder();
      builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
      builder.setDecodeMonitor(DecodeMonitor.SILENT);
      message = builder.parseMessage(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw RejectReason.parse(RejectReason.MALFORMED_MAIL, "e-mail does not parse: " + e.getMessage(), e);
    }
    DispatchContent c = new DispatchContent();
    c.format = WireFormat.EMAIL;
    String subject = message.getSubject();
    String headline = subject == null ? "" : SUBJECT_PREFIX.matcher(subject.strip()).replaceFirst("");
    Part text = textPart(message, 0);
    if (text == null) {
      throw RejectReason.parse(RejectReason.NO_BODY, "e-mail has no text/plain or text/html part");
    }
    String id = message.getMessageId();
    if (id != null) {
      c.id = id.strip().replaceAll("^<|>$", "");
    }
    if (message.getDate() != null) {
      c.versionCreated = message.getDate().toInstant();
    }
    if (message.getFrom() != null && !message.getFrom().isEmpty()) {
      Mailbox from = message.getFrom().get(0);
      String name = from.getName();
      if (name != null && Agencies.isKnown(name.strip())) {
        c.agency = Agencies.canonical(name.strip());
      }
    }
    String body = stripSignatureAndQuotes(text.text());
    plain.parseInto(c, headline.isBlank() ? body : headline + "\n\n" + body, receivedAt);
    c.format = WireFormat.EMAIL;
    return new Mail(c, text.charset(), text.detected());
  }

  private record Part(String text, String charset, boolean detected) {}

  /** The first text/plain part (depth first), else the first text/html one, as text. */
  private static Part textPart(Entity entity, int depth) throws RejectedDispatchException {
    Part plainPart = find(entity, "text/plain", depth);
    return plainPart != null ? plainPart : find(entity, "text/html", depth);
  }

  private static Part find(Entity entity, String mimeType, int depth) throws RejectedDispatchException {
    if (depth > 8) {
      return null;
    }
    Body body = entity.getBody();
    if (body instanceof Multipart mp) {
      for (Entity part : mp.getBodyParts()) {
        Part p = find(part, mimeType, depth + 1);
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    if (body instanceof Message inner) {
      return find(inner, mimeType, depth + 1);
    }
    if (!(body instanceof SingleBody single) || "attachment".equalsIgnoreCase(entity.getDispositionType())
        || !mimeType.equalsIgnoreCase(entity.getMimeType())) {
      return null;
    }
    byte[] bytes;
    try (InputStream in = single.getInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw RejectReason.parse(RejectReason.MALFORMED_MAIL, "e-mail part cannot be decoded: " + e.getMessage(), e);
    }
    // The part's own charset parameter, not mime4j's US-ASCII default: an unlabelled 8-bit part is detected.
    String declared = entity.getHeader() == null || entity.getHeader().getField("Content-Type") == null
        ? null : CharsetResolver.param(entity.getHeader().getField("Content-Type").getBody());
    DecodedText decoded;
    try {
      decoded = CharsetResolver.decode(bytes, declared, null);
    } catch (UndecodableException e) {
      decoded = new DecodedText(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1", true);
    }
    String text = mimeType.equals("text/html") ? String.join("\n\n", HtmlText.paragraphs(decoded.text())) : decoded.text();
    return text.isBlank() ? null : new Part(text, decoded.charset(), decoded.detected());
  }

  /** Cuts the signature ("-- " line), quoted reply lines and the header block of a forwarded message. */
  private static String stripSignatureAndQuotes(String body) {
    StringBuilder out = new StringBuilder(body.length());
    boolean inForwardHeader = false;
    for (String line : body.split("\r\n|\n", -1)) {
      if (line.equals("-- ") || line.equals("--")) {
        break;
      }
      if (line.startsWith(">")) {
        continue;
      }
      if (FORWARD_MARKER.matcher(line).matches()) {
        inForwardHeader = true;
        continue;
      }
      if (inForwardHeader) {
        if (FORWARDED_HEADER.matcher(line).lookingAt()) {
          continue;
        }
        inForwardHeader = false;
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
