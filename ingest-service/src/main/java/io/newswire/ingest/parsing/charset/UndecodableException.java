package io.newswire.ingest.parsing.charset;

/** The bytes are not text in the declared charset, nor in any plausible one. */
public final class UndecodableException extends Exception {
  public UndecodableException(String message, Throwable cause) {
    super(message, cause);
  }
}
