package io.newswire.dashboard.view;

import io.newswire.schema.Dateline;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.Speaker;
import java.util.List;

/** EnrichedArticle to the dashboard's view of it: pure, no Kafka. */
public final class Views {
  /** Longest lead paragraph kept, in chars: the feed shows a line or two, the full text stays on the topic. */
  static final int LEAD_CHARS = 280;

  private Views() {}

  public static ArticleView of(EnrichedArticle a) {
    Dateline d = a.getDateline();
    String lead = a.getParagraphs().isEmpty() ? "" : a.getParagraphs().get(0);
    if (lead.length() > LEAD_CHARS) {
      int cut = LEAD_CHARS;
      if (Character.isLowSurrogate(lead.charAt(cut))) {
        cut--;
      }
      lead = lead.substring(0, cut) + "…";
    }
    List<EntityRef> entities = a.getEntities().stream().map(Views::entity).toList();
    List<QuoteView> quotes = a.getQuotes().stream().map(Views::quote).toList();
    return new ArticleView(a.getId(), a.getVersion(), a.getContentHash(), a.getHeadline(), a.getSource().getAgency(),
        a.getSource().getFeed(), a.getLanguage(), d == null ? null : d.getCity(), d == null ? null : d.getText(),
        a.getSource().getReceivedAt().toEpochMilli(), a.getPubStatus(), lead, entities, quotes, isWithdrawn(a));
  }

  /** A kill: ninjs 'canceled' (also the NITF status newswire maps to it). */
  public static boolean isWithdrawn(EnrichedArticle a) {
    return "canceled".equalsIgnoreCase(a.getPubStatus());
  }

  static EntityRef entity(Entity e) {
    return new EntityRef(e.getId(), e.getType().name(), e.getName(), e.getMentions().size(), e.getSalience());
  }

  static QuoteView quote(Quote q) {
    Speaker s = q.getSpeaker();
    return new QuoteView(q.getText(), q.getKind().name(), s == null ? null : s.getEntityId(),
        s == null ? null : s.getName(), s == null ? null : s.getText(), q.getCue(), q.getField());
  }
}
