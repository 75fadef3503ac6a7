package io.newswire.dashboard.view;

import java.util.List;

/**
 * What the dashboard keeps of one article: its latest version, small enough to hold 10,000 of them
 * and send 50 in one answer. {@code time} (epoch ms) is when newswire received this version; the
 * trends count the article at that time. {@code withdrawn} marks a killed story kept only so that a
 * late re-send of an older version cannot bring it back.
 */
public record ArticleView(String id, int version, String contentHash, String headline, String agency, String feed,
    String language, String datelineCity, String datelineText, long time, String pubStatus, String lead,
    List<EntityRef> entities, List<QuoteView> quotes, boolean withdrawn) {

  public ArticleView {
    entities = entities == null ? List.of() : List.copyOf(entities);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
  }

  /** The quotes this entity said in the article. */
  public List<QuoteView> quotesBy(String entityId) {
    return quotes.stream().filter(q -> entityId.equals(q.speakerId())).toList();
  }

  public boolean names(String entityId) {
    return entities.stream().anyMatch(e -> e.id().equals(entityId));
  }
}
