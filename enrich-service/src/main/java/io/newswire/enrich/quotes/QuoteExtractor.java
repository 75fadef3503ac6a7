package io.newswire.enrich.quotes;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;

/** Finds direct and indirect quotes and attributes them to speakers. Pure: no I/O after construction. */
public final class QuoteExtractor {
  public List<Quote> extract(List<ArticleField> fields, String language, List<Entity> entities) {
    return List.of();
  }
}
