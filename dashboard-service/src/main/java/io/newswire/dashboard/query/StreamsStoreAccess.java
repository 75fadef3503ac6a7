package io.newswire.dashboard.query;

import io.newswire.dashboard.topology.DashboardTopology;
import io.newswire.dashboard.topology.TrendCount;
import io.newswire.dashboard.topology.TrendWindow;
import io.newswire.dashboard.view.ArticleView;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/** The stores of a running Kafka Streams client, through interactive queries. */
public final class StreamsStoreAccess implements StoreAccess {
  private final KafkaStreams streams;
  private final String enrichedTopic;

  public StreamsStoreAccess(KafkaStreams streams, String enrichedTopic) {
    this.streams = streams;
    this.enrichedTopic = enrichedTopic;
  }

  @Override
  public List<Partition> partitions() {
    TreeSet<Integer> local = new TreeSet<>();
    streams.metadataForLocalThreads().forEach(thread -> thread.activeTasks().forEach(task -> {
      for (TopicPartition tp : task.topicPartitions()) {
        if (tp.topic().equals(enrichedTopic)) {
          local.add(tp.partition());
        }
      }
    }));
    return local.stream().map(p -> new Partition(
        this.<ArticleView>kv(DashboardTopology.ARTICLES_STORE, p),
        this.<String>kv(DashboardTopology.FEED_STORE, p),
        this.<String>kv(DashboardTopology.ENTITY_ARTICLES_STORE, p))).toList();
  }

  @Override
  public ReadOnlyWindowStore<String, TrendCount> trends(TrendWindow window) {
    return streams.store(StoreQueryParameters.fromNameAndType(window.store, QueryableStoreTypes.<String, TrendCount>windowStore()));
  }

  private <V> ReadOnlyKeyValueStore<String, V> kv(String store, int partition) {
    return streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore())
        .withPartition(partition));
  }
}
