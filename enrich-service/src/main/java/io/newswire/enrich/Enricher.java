package io.newswire.enrich;

import io.newswire.enrich.entities.EntityExtractor;
import io.newswire.enrich.quotes.QuoteExtractor;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.ParsedArticle;
import io.newswire.schema.Quote;
import java.time.Clock;
import java.util.List;

/**
 * ParsedArticle to EnrichedArticle: the whole enrichment step as one pure function, shared by the
 * enrich-service topology and the offline {@code enrich} command.
 */
public final class Enricher {
  private final EntityExtractor entities;
  private final QuoteExtractor quotes;
  private final Clock clock;

  public Enricher() {
    this(new EntityExtractor(), new QuoteExtractor(), Clock.systemUTC());
  }

  public Enricher(EntityExtractor entities, QuoteExtractor quotes, Clock clock) {
    this.entities = entities;
    this.quotes = quotes;
    this.clock = clock;
  }

  public EnrichedArticle enrich(ParsedArticle a) {
    List<ArticleField> fields = ArticleFields.of(a);
    List<Entity> found = entities.extract(fields, a.getLanguage());
    List<Quote> said = quotes.extract(fields, a.getLanguage(), found);
    return EnrichedArticle.newBuilder()
        .setId(a.getId())
        .setVersion(a.getVersion())
        .setSource(a.getSource())
        .setLanguage(a.getLanguage())
        .setHeadline(a.getHeadline())
        .setHighlights(a.getHighlights())
        .setDateline(a.getDateline())
        .setParagraphs(a.getParagraphs())
        .setContentType(a.getContentType())
        .setCharset(a.getCharset())
        .setCharsetDetected(a.getCharsetDetected())
        .setFormat(a.getFormat())
        .setPubStatus(a.getPubStatus())
        .setSlugline(a.getSlugline())
        .setUrgency(a.getUrgency())
        .setSubjects(a.getSubjects())
        .setVersionCreated(a.getVersionCreated())
        .setContentHash(a.getContentHash())
        .setEntities(found)
        .setQuotes(said)
        .setPipelineVersion(PipelineVersion.get())
        .setProcessedAt(clock.instant())
        .build();
  }
}
