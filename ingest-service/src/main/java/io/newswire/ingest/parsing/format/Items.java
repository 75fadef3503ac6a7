package io.newswire.ingest.parsing.format;

import io.newswire.ingest.parsing.RejectReason;
import io.newswire.ingest.parsing.RejectedDispatchException;
import java.util.List;

/** For callers of {@link FormatParser#parse} that want a single item out of an envelope. */
final class Items {
  private Items() {}

  /** The first text item; else the first item's rejection; else 'non-text' / 'no-items'. */
  static DispatchContent firstText(List<DispatchContent> items) throws RejectedDispatchException {
    for (DispatchContent c : items) {
      if (c.nonTextKind == null && c.rejection == null) {
        return c;
      }
    }
    for (DispatchContent c : items) {
      if (c.rejection != null) {
        throw c.rejection;
      }
    }
    if (items.isEmpty()) {
      throw RejectReason.parse(RejectReason.NO_ITEMS, "the envelope or feed carries no item");
    }
    throw RejectReason.parse(RejectReason.NON_TEXT, "the envelope carries no text item");
  }
}
