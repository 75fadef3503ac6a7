package io.newswire.dashboard.query;

import io.newswire.dashboard.topology.TrendCount;
import io.newswire.dashboard.topology.TrendWindow;
import io.newswire.dashboard.view.ArticleView;
import java.util.List;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * The dashboard's state stores on this instance. The ordered indexes come one per partition because
 * each is sorted only within itself; the queries merge them.
 */
public interface StoreAccess {
  /** One (articles, feed index, entity index) triple per local partition of the enriched topic. */
  List<Partition> partitions();

  /** Windowed counts of the trends held on this instance (all its partitions). */
  ReadOnlyWindowStore<String, TrendCount> trends(TrendWindow window);

  record Partition(ReadOnlyKeyValueStore<String, ArticleView> articles, ReadOnlyKeyValueStore<String, String> feed,
      ReadOnlyKeyValueStore<String, String> byEntity) {}
}
