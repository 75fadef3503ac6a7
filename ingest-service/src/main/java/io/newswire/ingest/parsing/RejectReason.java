package io.newswire.ingest.parsing;

/** The reason codes of {@link RejectedDispatchException}; see its table for their meaning. */
public final class RejectReason {
  public static final String EMPTY = "empty";
  public static final String TOO_LARGE = "too-large";
  public static final String BINARY = "binary";
  public static final String UNDECODABLE = "undecodable";
  public static final String UNSUPPORTED_FORMAT = "unsupported-format";
  public static final String XML_DOCTYPE_FORBIDDEN = "xml-doctype-forbidden";
  public static final String MALFORMED_XML = "malformed-xml";
  public static final String MALFORMED_JSON = "malformed-json";
  public static final String MALFORMED_FRAMING = "malformed-framing";
  public static final String MALFORMED_MAIL = "malformed-mail";
  public static final String NO_HEADLINE = "no-headline";
  public static final String NO_BODY = "no-body";
  public static final String INTERNAL_ERROR = "internal-error";
  /** An envelope or feed with no item at all (an empty Atom feed, a newsMessage without items). */
  public static final String NO_ITEMS = "no-items";
  /** Only from {@link DispatchParser#parse}: every item was a picture, video, package… */
  public static final String NON_TEXT = "non-text";

  public static final String STAGE_DECODE = "decode";
  public static final String STAGE_PARSE = "parse";

  private RejectReason() {}

  static RejectedDispatchException decode(String reason, String message) {
    return new RejectedDispatchException(reason, STAGE_DECODE, message);
  }

  /** For format parsers in sub-packages. */
  public static RejectedDispatchException parse(String reason, String message) {
    return new RejectedDispatchException(reason, STAGE_PARSE, message);
  }

  public static RejectedDispatchException parse(String reason, String message, Throwable cause) {
    return new RejectedDispatchException(reason, STAGE_PARSE, message, cause);
  }
}
