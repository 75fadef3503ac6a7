package io.newswire.enrich;

import io.newswire.enrich.entities.EntityExtractor;
import io.newswire.enrich.quotes.QuoteExtractor;
import io.newswire.schema.Dateline;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.EntityType;
import io.newswire.schema.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.ParsedArticle;
import io.newswire.schema.Quote;
import io.newswire.text.StepClock;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * ParsedArticle to EnrichedArticle: the whole enrichment step as one pure function, shared by the
 * enrich-service topology and the offline {@code enrich} command.
 */
public final class Enricher {
  private final EntityExtractor entities;
  private final QuoteExtractor quotes;
  private final Clock clock;
  private final DispatchDate.Undated undated;

  public Enricher() {
    this(new EntityExtractor(), new QuoteExtractor(), Clock.systemUTC());
  }

  public Enricher(EntityExtractor entities, QuoteExtractor quotes, Clock clock) {
    this(entities, quotes, clock, DispatchDate.Undated.NONE);
  }

  private Enricher(EntityExtractor entities, QuoteExtractor quotes, Clock clock, DispatchDate.Undated undated) {
    this.entities = entities;
    this.quotes = quotes;
    this.clock = clock;
    this.undated = undated;
  }

  /**
   * The enricher of the services ({@code up}, {@code demo}, {@code run enrich}): they read live feeds, so copy that
   * does not date itself is dated by its receive day unless {@code NEWSWIRE_UNDATED_DAY=none} (an archive replayed
   * through Kafka).
   */
  public static Enricher forLiveFeeds(Map<String, String> env) {
    return new Enricher().dating(DispatchDate.Undated.fromEnv(env, DispatchDate.Undated.RECEIVED));
  }

  /** The same extractors, with {@code undated} deciding the day of copy that does not date itself. */
  public Enricher dating(DispatchDate.Undated undated) {
    return new Enricher(entities, quotes, clock, undated);
  }

  /** Reads the statistical models now (see {@link EntityExtractor#loadModels()}); returns this. */
  public Enricher loadModels() {
    entities.loadModels();
    return this;
  }

  public EnrichedArticle enrich(ParsedArticle a) {
    long t = StepClock.start();
    List<ArticleField> fields = ArticleFields.of(a);
    StepClock.lap("fields", t);
    List<Entity> found = entities.extract(fields, a.getLanguage(), DispatchDate.of(a, undated));
    List<Quote> said = quotes.extract(fields, a.getLanguage(), found);
    t = StepClock.start();
    EnrichedArticle out = EnrichedArticle.newBuilder()
        .setId(a.getId())
        .setVersion(a.getVersion())
        .setSource(a.getSource())
        .setLanguage(a.getLanguage())
        .setHeadline(a.getHeadline())
        .setHighlights(a.getHighlights())
        .setDateline(linkDatelineCity(a.getDateline(), found))
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
    StepClock.lap("record", t);
    return out;
  }

  /**
   * The dateline's city gets the id of the place the entity step linked in the dateline field, so a
   * dashboard can group by where stories were filed ('wikidata:Q3616' for طهران, Tehran, TEHRAN).
   */
  static Dateline linkDatelineCity(Dateline dateline, List<Entity> entities) {
    if (dateline == null || dateline.getCityId() != null || dateline.getCity() == null) {
      return dateline;
    }
    for (Entity e : entities) {
      if (e.getType() != EntityType.PLACE) {
        continue;
      }
      for (Mention m : e.getMentions()) {
        if (m.getField().equals("dateline") && dateline.getCity().contains(m.getText())) {
          return Dateline.newBuilder(dateline).setCityId(e.getId()).build();
        }
      }
    }
    // خبرگزاری فارس: … به گزارش … از تبریز، the dateline keeps the agency prefix, the city is named in the body
    for (Entity e : entities) {
      if (e.getType() == EntityType.PLACE && e.getMentions().stream().anyMatch(m -> m.getText().equals(dateline.getCity()))) {
        return Dateline.newBuilder(dateline).setCityId(e.getId()).build();
      }
    }
    return dateline;
  }
}
