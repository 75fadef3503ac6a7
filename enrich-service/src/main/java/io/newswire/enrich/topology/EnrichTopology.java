package io.newswire.enrich.topology;

import io.newswire.enrich.Enricher;
import io.newswire.runtime.Topics;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.ParsedArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * news.article.parsed → story versions (changelogged store) → enrich → news.article.enriched, keyed
 * by article id; a failure to enrich dead-letters the parsed article, and corrupt input records are
 * dead-lettered by the deserialization handler (see ServiceConfig).
 */
public final class EnrichTopology {
  public static final String SOURCE = "parsed-articles";
  public static final String ENRICH = "enrich";
  public static final String ENRICHED_SINK = "enriched-articles";
  public static final String DLQ_SINK = "dead-letters";
  public static final String VERSIONS_STORE = "article-versions";

  private EnrichTopology() {}

  public static Topology build(Topics topics, Serde<ParsedArticle> parsedSerde, Serde<EnrichedArticle> enrichedSerde,
      Enricher enricher) {
    return build(topics, parsedSerde, enrichedSerde, enricher, false);
  }

  /**
   * @param versionsInMemory keep story versions in memory, rebuilt from the changelog at each start:
   *     one small record per article, and under exactly-once a RocksDB store is wiped and rebuilt
   *     after every unclean stop anyway, which costs more than reading the changelog
   */
  public static Topology build(Topics topics, Serde<ParsedArticle> parsedSerde, Serde<EnrichedArticle> enrichedSerde,
      Enricher enricher, boolean versionsInMemory) {
    Topology t = new Topology();
    t.addSource(SOURCE, Serdes.String().deserializer(), parsedSerde.deserializer(), topics.parsed());
    t.addProcessor(ENRICH, () -> new EnrichProcessor(enricher, parsedSerde.serializer(), topics.parsed()), SOURCE);
    t.addStateStore(Stores.keyValueStoreBuilder(versionsInMemory
        ? Stores.inMemoryKeyValueStore(VERSIONS_STORE)
        : Stores.persistentKeyValueStore(VERSIONS_STORE), Serdes.String(), Serdes.String()), ENRICH);
    t.addSink(ENRICHED_SINK, topics.enriched(), Serdes.String().serializer(), enrichedSerde.serializer(), ENRICH);
    t.addSink(DLQ_SINK, topics.dlq(), Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer(), ENRICH);
    return t;
  }
}
