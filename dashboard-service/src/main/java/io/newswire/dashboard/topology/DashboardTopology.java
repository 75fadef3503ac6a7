package io.newswire.dashboard.topology;

import io.newswire.dashboard.view.ArticleView;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.EntityTrend;
import io.newswire.schema.EntityType;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * news.article.enriched → latest version per article + indexes (stores the API reads) → trend deltas
 * re-keyed by entity → hopping-window sums per entity (1 h every 5 min; 24 h every hour, both
 * queryable) → news.entity.trends, one record per entity and window, a tombstone when a window's
 * count falls back to zero.
 */
public final class DashboardTopology {
  public static final String ARTICLES_STORE = "dashboard-articles";
  public static final String FEED_STORE = "dashboard-feed";
  public static final String ENTITY_ARTICLES_STORE = "dashboard-entity-articles";
  public static final String DELTAS_REPARTITION = "trend-deltas";

  private DashboardTopology() {}

  public static Topology build(String enrichedTopic, String trendsTopic, Serde<EnrichedArticle> enrichedSerde,
      Serde<EntityTrend> trendSerde) {
    StreamsBuilder b = new StreamsBuilder();
    b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE),
        Serdes.String(), JsonSerde.of(ArticleView.class)));
    b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FEED_STORE), Serdes.String(), Serdes.String()));
    b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENTITY_ARTICLES_STORE),
        Serdes.String(), Serdes.String()));

    KGroupedStream<String, TrendDelta> deltas = b
        .stream(enrichedTopic, Consumed.with(Serdes.String(), enrichedSerde).withName("enriched-articles"))
        .process(ArticleIndexer::new, Named.as("index-articles"), ARTICLES_STORE, FEED_STORE, ENTITY_ARTICLES_STORE)
        .groupByKey(Grouped.with(DELTAS_REPARTITION, Serdes.String(), JsonSerde.of(TrendDelta.class)));

    for (TrendWindow w : TrendWindow.values()) {
      deltas.windowedBy(TimeWindows.ofSizeAndGrace(w.size, TrendWindow.GRACE).advanceBy(w.advance))
          .aggregate(() -> TrendCount.ZERO, (entityId, delta, count) -> count.plus(delta), Named.as("count-" + w.store),
              Materialized.<String, TrendCount, WindowStore<Bytes, byte[]>>as(w.store)
                  .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(TrendCount.class))
                  .withRetention(w.size.plus(TrendWindow.GRACE)))
          .toStream(Named.as("changes-" + w.store))
          .map((window, count) -> KeyValue.pair(w.topicKey(window.key(), window.window().start()),
                  count == null || count.isEmpty() ? null
                      : toAvro(window.key(), w, window.window().start(), window.window().end(), count)),
              Named.as("to-avro-" + w.store))
          .to(trendsTopic, Produced.with(Serdes.String(), trendSerde).withName("trends-" + w.store));
    }
    return b.build();
  }

  static EntityTrend toAvro(String entityId, TrendWindow w, long start, long end, TrendCount c) {
    return EntityTrend.newBuilder().setEntityId(entityId).setType(EntityType.valueOf(c.type())).setName(c.name())
        .setWindow(w.iso).setWindowStart(Instant.ofEpochMilli(start)).setWindowEnd(Instant.ofEpochMilli(end))
        .setArticles(c.articles()).setMentions(c.mentions()).build();
  }
}
