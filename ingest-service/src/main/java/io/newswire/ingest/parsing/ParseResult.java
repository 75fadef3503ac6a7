package io.newswire.ingest.parsing;

import io.newswire.schema.ParsedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one raw dispatch became: one outcome per item it carries, in document order. A single
 * story has one item; an envelope or feed has one per entry. Each item ends exactly one way: an
 * article, a rejection (dead letter with its reason) or a skip (not text: a picture, video,
 * package, planning or concept item, counted but not an error).
 */
public record ParseResult(List<Item> items) {
  public ParseResult {
    items = List.copyOf(items);
  }

  /**
   * One item's outcome; exactly one of article, rejection, skippedKind is non-null.
   *
   * @param index 0-based position in the dispatch
   * @param ref   the item's own id when it has one, else "#" + (index + 1)
   */
  public record Item(int index, String ref, ParsedArticle article, RejectedDispatchException rejection, String skippedKind) {}

  public List<ParsedArticle> articles() {
    List<ParsedArticle> out = new ArrayList<>();
    for (Item i : items) {
      if (i.article() != null) {
        out.add(i.article());
      }
    }
    return out;
  }
}
