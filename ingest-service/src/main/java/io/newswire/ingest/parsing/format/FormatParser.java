package io.newswire.ingest.parsing.format;

import io.newswire.ingest.parsing.RejectedDispatchException;
import java.time.Instant;

/** Reads one wire format from decoded text. Implementations are stateless and thread-safe. */
public interface FormatParser {
  /**
   * @param text       the decoded dispatch
   * @param receivedAt receive time, to place yearless dateline dates
   */
  DispatchContent parse(String text, Instant receivedAt) throws RejectedDispatchException;
}
