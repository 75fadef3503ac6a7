package io.newswire.ingest.parsing;

/**
 * A dispatch that cannot become an article. The reason is a short stable code (used as the DLQ
 * 'reason' header and as a metric tag); the message says what exactly was wrong.
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

  /** Stable reason code, e.g. 'empty', 'too-large', 'undecodable', 'xml-doctype-forbidden', 'no-headline'. */
  public String reason() {
    return reason;
  }

  /** Pipeline stage that rejected it: 'decode', 'parse', 'normalize'. */
  public String stage() {
    return stage;
  }
}
