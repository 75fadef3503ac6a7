package io.newswire.dashboard.topology;

import io.newswire.dashboard.view.ArticleView;
import io.newswire.dashboard.view.EntityRef;
import io.newswire.dashboard.view.Views;
import io.newswire.runtime.PipelineMetrics;
import io.newswire.schema.EnrichedArticle;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the latest version of each article and the indexes the API reads (newest first, per entity),
 * and turns each change into trend deltas keyed by entity id: the previous version's counts are
 * retracted at its own time and the new version's added at its time, so an article counts once. A
 * re-send (same version and text), an older version arriving late, or anything after a withdrawal
 * changes nothing; a withdrawal retracts everything and leaves a marker so that nothing older can
 * return.
 */
final class ArticleIndexer implements Processor<String, EnrichedArticle, String, TrendDelta> {
  private ProcessorContext<String, TrendDelta> context;
  private KeyValueStore<String, ArticleView> articles;
  private KeyValueStore<String, String> feed;
  private KeyValueStore<String, String> byEntity;

  @Override
  public void init(ProcessorContext<String, TrendDelta> context) {
    this.context = context;
    this.articles = context.getStateStore(DashboardTopology.ARTICLES_STORE);
    this.feed = context.getStateStore(DashboardTopology.FEED_STORE);
    this.byEntity = context.getStateStore(DashboardTopology.ENTITY_ARTICLES_STORE);
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    if (record.value() == null) {
      return; // a tombstone on the enriched topic carries nothing to show; kills arrive as 'canceled'
    }
    PipelineMetrics.recordIn("dashboard");
    ArticleView next = Views.of(record.value());
    ArticleView previous = articles.get(next.id());
    if (!supersedes(next, previous)) {
      return; // not counted in newswire_duplicates_total: that is the enrich-service's, on the same registry in `up`
    }
    if (previous != null && !previous.withdrawn()) {
      unindex(previous);
      forward(previous.entities(), previous.time(), TrendDelta::retract);
    }
    if (next.withdrawn()) {
      articles.put(next.id(), new ArticleView(next.id(), next.version(), next.contentHash(), next.headline(),
          next.agency(), next.feed(), next.language(), next.datelineCity(), next.datelineText(), next.time(),
          next.pubStatus(), "", List.of(), List.of(), true));
    } else {
      articles.put(next.id(), next);
      index(next);
      forward(next.entities(), next.time(), TrendDelta::add);
    }
    PipelineMetrics.recordOut("dashboard");
  }

  /** Whether {@code next} replaces what is kept: a newer version, or the same version with other text or status. */
  static boolean supersedes(ArticleView next, ArticleView previous) {
    if (previous == null) {
      return true;
    }
    if (previous.withdrawn()) {
      return next.version() > previous.version() && !next.withdrawn();
    }
    if (next.version() != previous.version()) {
      return next.version() > previous.version();
    }
    return next.withdrawn() || !Objects.equals(next.contentHash(), previous.contentHash());
  }

  private void index(ArticleView a) {
    feed.put(StoreKeys.time(a.time(), a.id()), a.id());
    for (EntityRef e : a.entities()) {
      byEntity.put(StoreKeys.entity(e.id(), a.time(), a.id()), a.id());
    }
  }

  private void unindex(ArticleView a) {
    feed.delete(StoreKeys.time(a.time(), a.id()));
    for (EntityRef e : a.entities()) {
      byEntity.delete(StoreKeys.entity(e.id(), a.time(), a.id()));
    }
  }

  private void forward(List<EntityRef> entities, long time, java.util.function.Function<EntityRef, TrendDelta> delta) {
    for (EntityRef e : entities) {
      context.forward(new Record<>(e.id(), delta.apply(e), time));
    }
  }
}
