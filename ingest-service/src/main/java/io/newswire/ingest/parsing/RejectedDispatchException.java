package io.newswire.ingest.parsing;

/**
 * A dispatch that cannot become an article. The reason is a short stable code (used as the DLQ
 * 'reason' header and as a metric tag); the message says what exactly was wrong.
 *
 * <table>
 *   <caption>Reason codes (stable: dashboards and DLQ replays key on them)</caption>
 *   <tr><th>reason</th><th>stage</th><th>meaning</th></tr>
 *   <tr><td>{@value RejectReason#EMPTY}</td><td>decode</td><td>no bytes, or only whitespace / invisible characters</td></tr>
 *   <tr><td>{@value RejectReason#TOO_LARGE}</td><td>decode</td><td>more bytes than the parser's limit (default 1 MiB)</td></tr>
 *   <tr><td>{@value RejectReason#BINARY}</td><td>decode</td><td>many NULs / control characters that no wire format uses (the ANPA-1312 and IPTC 7901 controls are text)</td></tr>
 *   <tr><td>{@value RejectReason#UNDECODABLE}</td><td>decode</td><td>bytes invalid in the declared charset, or in every plausible one</td></tr>
 *   <tr><td>{@value RejectReason#UNSUPPORTED_FORMAT}</td><td>parse</td><td>well-formed XML/JSON, but none of NITF, NewsML-G2, NewsML 1.2, Atom, RSS, ninjs (e.g. an unknown root element)</td></tr>
 *   <tr><td>{@value RejectReason#XML_DOCTYPE_FORBIDDEN}</td><td>parse</td><td>XML with a DOCTYPE that declares something (internal subset) or an entity declaration (XXE, billion laughs); never expanded or fetched. A DOCTYPE that only names an external DTD is removed and the DTD never read</td></tr>
 *   <tr><td>{@value RejectReason#MALFORMED_XML}</td><td>parse</td><td>XML that is not well-formed</td></tr>
 *   <tr><td>{@value RejectReason#MALFORMED_JSON}</td><td>parse</td><td>JSON that does not parse, or is neither an object nor a list of objects</td></tr>
 *   <tr><td>{@value RejectReason#MALFORMED_MAIL}</td><td>parse</td><td>an e-mail whose MIME structure or part encoding cannot be read</td></tr>
 *   <tr><td>{@value RejectReason#NO_ITEMS}</td><td>parse</td><td>an envelope or feed (newsMessage, NewsML, Atom, RSS, ninjs list) with no item at all</td></tr>
 *   <tr><td>{@value RejectReason#NON_TEXT}</td><td>parse</td><td>only from {@code DispatchParser.parse}: every item was a picture, video or other non-text item ({@code parseAll} reports those as skips)</td></tr>
 *   <tr><td>{@value RejectReason#MALFORMED_FRAMING}</td><td>parse</td><td>ANPA-1312 / IPTC 7901 framing without text (SOH but no STX..ETX body)</td></tr>
 *   <tr><td>{@value RejectReason#NO_HEADLINE}</td><td>parse</td><td>no headline could be found</td></tr>
 *   <tr><td>{@value RejectReason#NO_BODY}</td><td>parse</td><td>a headline but no body paragraph</td></tr>
 *   <tr><td>{@value RejectReason#INTERNAL_ERROR}</td><td>parse</td><td>an unexpected failure inside the parser: a bug, never expected for any input (the same code the topology gives any other exception, so bug counts stay in one place)</td></tr>
 * </table>
 */
public class RejectedDispatchException extends Exception {
  private final String reason;
  private final String stage;

  public RejectedDispatchException(String reason, String stage, String message) {
    this(reason, stage, message, null);
  }

  public RejectedDispatchException(String reason, String stage, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.stage = stage;
  }

  /** Stable reason code, one of {@link RejectReason}. */
  public String reason() {
    return reason;
  }

  /** Pipeline stage that rejected it: 'decode' or 'parse'. */
  public String stage() {
    return stage;
  }

  @Override
  public String toString() {
    return "RejectedDispatchException[" + reason + "/" + stage + "]: " + getMessage();
  }
}
