package io.newswire.ingest.parsing.format;

import io.newswire.ingest.parsing.RejectedDispatchException;
import java.time.Instant;
import java.util.List;

/** Reads one wire format from decoded text. Implementations are stateless and thread-safe. */
public interface FormatParser {
  /**
   * @param text       the decoded dispatch
   * @param receivedAt receive time, to place yearless dateline dates
   */
  DispatchContent parse(String text, Instant receivedAt) throws RejectedDispatchException;

  /**
   * Every item the dispatch carries, in document order: one for a single story, many for an
   * envelope or feed (NewsML-G2 newsMessage, NewsML 1.2, ninjs lists, Atom, RSS). Items that are not
   * text or that fail alone are returned marked ({@link DispatchContent#nonTextKind},
   * {@link DispatchContent#rejection}), never dropped. Throws only when the whole dispatch is unreadable.
   */
  default List<DispatchContent> parseItems(String text, Instant receivedAt) throws RejectedDispatchException {
    return List.of(parse(text, receivedAt));
  }
}
