package io.newswire.ingest.parsing;

import io.newswire.ingest.parsing.charset.BinaryContent;
import io.newswire.ingest.parsing.charset.CharsetResolver;
import io.newswire.ingest.parsing.charset.DecodedText;
import io.newswire.ingest.parsing.charset.UndecodableException;
import io.newswire.ingest.parsing.format.DispatchContent;
import io.newswire.ingest.parsing.format.FormatParser;
import io.newswire.ingest.parsing.format.FormatSniffer;
import io.newswire.ingest.parsing.format.MailParser;
import io.newswire.ingest.parsing.format.NinjsParser;
import io.newswire.ingest.parsing.format.WireFormat;
import io.newswire.ingest.parsing.format.WireFramingParser;
import io.newswire.ingest.parsing.format.XmlDispatchParser;
import io.newswire.ingest.parsing.plain.PlainTextParser;
import io.newswire.normalization.DisplayNormalizer;
import io.newswire.schema.ParsedArticle;
import io.newswire.text.StepClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw dispatch bytes to {@link ParsedArticle}s: a pure function, used by the ingest topology and by
 * the offline {@code enrich} command alike. Thread-safe.
 *
 * <p>Stages: size limits → e-mail ({@link MailParser}, read from the bytes: each MIME part has its own
 * charset) → charset ({@link CharsetResolver}) → binary check → format ({@link FormatSniffer}: plain
 * text, NITF, NewsML-G2, NewsML 1.2, Atom, RSS, ninjs, IPTC 7901, ANPA-1312), which gives one item or,
 * for an envelope or feed, many → per item: dateline, language, id and content hash
 * ({@link ArticleAssembler}). {@link #parseAll} gives one outcome per item ({@link ParseResult});
 * {@link #parse} the first text article. Every failure is a {@link RejectedDispatchException} with a
 * stable reason code (table there); no other exception leaves either method: an unexpected one is
 * reported as {@value RejectReason#INTERNAL_ERROR}.
 */
public final class DispatchParser {
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  private final int maxBytes;
  private final PlainTextParser plain = new PlainTextParser();
  private final XmlDispatchParser xml = new XmlDispatchParser();
  private final NinjsParser ninjs = new NinjsParser();
  private final WireFramingParser framedBySniffing = new WireFramingParser(null);
  private final WireFramingParser iptc7901 = new WireFramingParser(WireFormat.IPTC7901);
  private final WireFramingParser anpa1312 = new WireFramingParser(WireFormat.ANPA1312);
  private final MailParser mail = new MailParser();
  private final ArticleAssembler assembler = new ArticleAssembler();

  public DispatchParser() {
    this(DEFAULT_MAX_BYTES);
  }

  /** @param maxBytes largest dispatch accepted, in bytes; larger ones are rejected 'too-large' */
  public DispatchParser(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * The first text article of the dispatch: for callers that want one article per input. A dispatch
   * that carries several items (an envelope, a feed) is read whole by {@link #parseAll}.
   *
   * @throws RejectedDispatchException the dispatch's rejection, else the first item's, else
   *     {@value RejectReason#NON_TEXT} when every item was a picture, video or other non-text item
   */
  public ParsedArticle parse(RawDispatch raw) throws RejectedDispatchException {
    ParseResult result = parseAll(raw);
    for (ParseResult.Item i : result.items()) {
      if (i.article() != null) {
        return i.article();
      }
    }
    for (ParseResult.Item i : result.items()) {
      if (i.rejection() != null) {
        throw i.rejection();
      }
    }
    throw RejectReason.parse(RejectReason.NON_TEXT, "the dispatch carries no text item ("
        + result.items().size() + " non-text items)");
  }

  /**
   * Every item of the dispatch, each with exactly one outcome (article, rejection or skip).
   *
   * @throws RejectedDispatchException when the dispatch as a whole cannot be read (bytes, charset,
   *     a malformed envelope); a single bad item of a good envelope is an item outcome instead
   */
  public ParseResult parseAll(RawDispatch raw) throws RejectedDispatchException {
    try {
      return parseChecked(raw);
    } catch (RejectedDispatchException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // A bug, not bad input; still a rejection, so one dispatch cannot stop the stream.
      throw new RejectedDispatchException(RejectReason.INTERNAL_ERROR, RejectReason.STAGE_PARSE,
          "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private ParseResult parseChecked(RawDispatch raw) throws RejectedDispatchException {
    byte[] body = raw.body();
    if (body == null || body.length == 0) {
      throw RejectReason.decode(RejectReason.EMPTY, "dispatch has no bytes");
    }
    if (body.length > maxBytes) {
      throw RejectReason.decode(RejectReason.TOO_LARGE, "dispatch is " + body.length + " bytes, limit is " + maxBytes);
    }
    String contentType = raw.header(RawDispatch.CONTENT_TYPE);
    Instant receivedAt = Instant.ofEpochMilli(raw.timestamp());
    if (MailParser.isMail(body, contentType)) {
      // MIME says per part how its bytes are encoded: the message is read from the bytes, not decoded whole.
      MailParser.Mail mail = this.mail.parse(body, receivedAt);
      return assemble(List.of(mail.content()), raw, mail.charset(), mail.charsetDetected());
    }
    // Sub-steps for `enrich --profile-steps` (off: a flag read each); the caller times the whole parse.
    long t = StepClock.start();
    DecodedText decoded;
    try {
      decoded = CharsetResolver.decode(body, raw.header(RawDispatch.CHARSET), contentType);
    } catch (UndecodableException e) {
      throw new RejectedDispatchException(RejectReason.UNDECODABLE, RejectReason.STAGE_DECODE, e.getMessage(), e);
    }
    String text = decoded.text();
    if (BinaryContent.isBinary(text)) {
      throw RejectReason.decode(RejectReason.BINARY, "dispatch looks binary (NULs / control characters)");
    }
    if (!DisplayNormalizer.hasVisibleText(text)) {
      throw RejectReason.decode(RejectReason.EMPTY, "dispatch holds no visible text");
    }
    t = StepClock.lap("parse.decode", t);
    List<DispatchContent> contents = parserFor(FormatSniffer.sniff(text, contentType)).parseItems(text, receivedAt);
    StepClock.lap("parse.format", t);
    return assemble(contents, raw, decoded.charset(), decoded.detected());
  }

  private ParseResult assemble(List<DispatchContent> contents, RawDispatch raw, String charset, boolean detected)
      throws RejectedDispatchException {
    if (contents.isEmpty()) {
      throw RejectReason.parse(RejectReason.NO_ITEMS, "the envelope or feed carries no item");
    }
    boolean many = contents.size() > 1;
    List<ParseResult.Item> items = new ArrayList<>(contents.size());
    for (int i = 0; i < contents.size(); i++) {
      DispatchContent c = contents.get(i);
      String ref = c.id != null && !c.id.isBlank() ? c.id : "#" + (i + 1);
      if (c.nonTextKind != null) {
        items.add(new ParseResult.Item(i, ref, null, null, c.nonTextKind));
        continue;
      }
      if (c.rejection != null) {
        if (!many) {
          throw c.rejection;
        }
        items.add(new ParseResult.Item(i, ref, null, c.rejection, null));
        continue;
      }
      try {
        items.add(new ParseResult.Item(i, ref, assembler.assemble(c, raw, charset, detected, many ? i : -1), null, null));
      } catch (RejectedDispatchException e) {
        if (!many) {
          throw e;
        }
        items.add(new ParseResult.Item(i, ref, null, e, null));
      }
    }
    return new ParseResult(items);
  }

  private FormatParser parserFor(FormatSniffer.Family family) {
    switch (family) {
      case XML:
        return xml;
      case JSON:
        return ninjs;
      case FRAMED:
        return framedBySniffing;
      case FRAMED_IPTC7901:
        return iptc7901;
      case FRAMED_ANPA1312:
        return anpa1312;
      default:
        return plain;
    }
  }
}
