package io.newswire.ingest.parsing;

import io.newswire.ingest.parsing.charset.BinaryContent;
import io.newswire.ingest.parsing.charset.CharsetResolver;
import io.newswire.ingest.parsing.charset.DecodedText;
import io.newswire.ingest.parsing.charset.UndecodableException;
import io.newswire.ingest.parsing.format.DispatchContent;
import io.newswire.ingest.parsing.format.FormatParser;
import io.newswire.ingest.parsing.format.FormatSniffer;
import io.newswire.ingest.parsing.format.NinjsParser;
import io.newswire.ingest.parsing.format.WireFormat;
import io.newswire.ingest.parsing.format.WireFramingParser;
import io.newswire.ingest.parsing.format.XmlDispatchParser;
import io.newswire.ingest.parsing.plain.PlainTextParser;
import io.newswire.normalization.DisplayNormalizer;
import io.newswire.schema.ParsedArticle;
import java.time.Instant;

/**
 * Raw dispatch bytes to a {@link ParsedArticle}: a pure function, used by the ingest topology and by
 * the offline {@code enrich} command alike. Thread-safe.
 *
 * <p>Stages: size limits → charset ({@link CharsetResolver}) → binary check → format
 * ({@link FormatSniffer}: plain text, NITF, ninjs, NewsML-G2, IPTC 7901, ANPA-1312) → dateline,
 * language, id and content hash ({@link ArticleAssembler}). Every failure is a
 * {@link RejectedDispatchException} with a stable reason code (table there); no other exception
 * leaves {@link #parse}: an unexpected one is reported as {@value RejectReason#INTERNAL_ERROR}.
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

  public ParsedArticle parse(RawDispatch raw) throws RejectedDispatchException {
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

  private ParsedArticle parseChecked(RawDispatch raw) throws RejectedDispatchException {
    byte[] body = raw.body();
    if (body == null || body.length == 0) {
      throw RejectReason.decode(RejectReason.EMPTY, "dispatch has no bytes");
    }
    if (body.length > maxBytes) {
      throw RejectReason.decode(RejectReason.TOO_LARGE, "dispatch is " + body.length + " bytes, limit is " + maxBytes);
    }
    String contentType = raw.header(RawDispatch.CONTENT_TYPE);
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
    Instant receivedAt = Instant.ofEpochMilli(raw.timestamp());
    DispatchContent content = parserFor(FormatSniffer.sniff(text, contentType)).parse(text, receivedAt);
    return assembler.assemble(content, raw, decoded.charset(), decoded.detected());
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
