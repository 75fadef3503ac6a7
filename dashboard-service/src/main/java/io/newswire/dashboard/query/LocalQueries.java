package io.newswire.dashboard.query;

import io.newswire.dashboard.topology.StoreKeys;
import io.newswire.dashboard.topology.TrendCount;
import io.newswire.dashboard.topology.TrendWindow;
import io.newswire.dashboard.view.ArticleView;
import io.newswire.dashboard.view.EntityRef;
import io.newswire.dashboard.view.QuoteItem;
import io.newswire.dashboard.view.QuoteView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** Answers from this instance's stores only; {@link DashboardApi} merges the answers of all instances. */
public final class LocalQueries {
  /** Most articles walked for one answer, so a filter that matches nothing stays cheap. */
  static final int SCAN_LIMIT = 5_000;
  public static final Comparator<ArticleView> NEWEST_FIRST =
      Comparator.comparingLong(ArticleView::time).reversed().thenComparing(ArticleView::id);
  public static final Comparator<TrendItem> MOST_NAMED = Comparator.comparingInt(TrendItem::articles).reversed()
      .thenComparing(Comparator.comparingInt(TrendItem::mentions).reversed()).thenComparing(TrendItem::entityId);

  private final StoreAccess stores;

  public LocalQueries(StoreAccess stores) {
    this.stores = stores;
  }

  /** Newest first; {@code lang} and {@code entity} filter when not null. */
  public List<ArticleView> articles(int limit, String lang, String entity) {
    List<ArticleView> out = new ArrayList<>();
    Predicate<ArticleView> keep = a -> lang == null || lang.equalsIgnoreCase(a.language());
    walk(entity, a -> {
      if (keep.test(a)) {
        out.add(a);
      }
      return out.size() < limit;
    });
    return out;
  }

  /**
   * Quotes newest first (in reading order within an article): attributed ones, or those of one
   * speaker entity; {@code kind} DIRECT or INDIRECT, or null for both.
   */
  public List<QuoteItem> quotes(String speaker, String kind, int limit) {
    List<QuoteItem> out = new ArrayList<>();
    walk(speaker, a -> {
      for (QuoteView q : speaker == null ? a.quotes() : a.quotesBy(speaker)) {
        if (out.size() < limit && (kind == null || kind.equals(q.kind()))
            && (speaker != null || q.speakerId() != null || q.speakerText() != null)) {
          out.add(QuoteItem.of(q, a));
        }
      }
      return out.size() < limit;
    });
    return out;
  }

  /** The most named entities in the window containing {@code now}, with their series. */
  public List<TrendItem> top(TrendWindow w, long now, String type, int limit) {
    long start = w.currentStart(now);
    PriorityQueue<TrendItem> best = new PriorityQueue<>(MOST_NAMED.reversed());
    ReadOnlyWindowStore<String, TrendCount> store = stores.trends(w);
    try (KeyValueIterator<Windowed<String>, TrendCount> it =
        store.fetchAll(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start))) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, TrendCount> kv = it.next();
        TrendCount c = kv.value;
        if (c == null || c.isEmpty() || (type != null && !type.equalsIgnoreCase(c.type()))) {
          continue;
        }
        best.add(new TrendItem(kv.key.key(), c.type(), c.name(), w.iso, start, c.articles(), c.mentions(), List.of()));
        if (best.size() > limit) {
          best.poll();
        }
      }
    }
    List<TrendItem> out = new ArrayList<>();
    for (TrendItem t : best) {
      out.add(withSeries(t, store, w, start));
    }
    out.sort(MOST_NAMED);
    return out;
  }

  /** One entity's trend, when this instance holds its key (else empty). */
  public List<TrendItem> trends(String entityId, long now) {
    List<TrendItem> out = new ArrayList<>();
    for (TrendWindow w : TrendWindow.values()) {
      long start = w.currentStart(now);
      ReadOnlyWindowStore<String, TrendCount> store = stores.trends(w);
      TrendItem item = withSeries(new TrendItem(entityId, null, null, w.iso, start, 0, 0, List.of()), store, w, start);
      if (item.series().stream().anyMatch(p -> p.articles() > 0) || item.type() != null) {
        out.add(item);
      }
    }
    return out;
  }

  /** The entity's page from this instance's stores (its trend only where this instance holds the key). */
  public EntityPage entity(String id, long now, int limit) {
    List<ArticleView> articles = articles(limit, null, id);
    List<QuoteItem> quotes = quotes(id, null, limit);
    EntityRef ref = articles.stream().flatMap(a -> a.entities().stream()).filter(e -> e.id().equals(id))
        .findFirst().orElse(null);
    List<TrendItem> trends = trends(id, now);
    String type = ref != null ? ref.type() : trends.stream().map(TrendItem::type).filter(t -> t != null).findFirst().orElse(null);
    String name = ref != null ? ref.name() : trends.stream().map(TrendItem::name).filter(n -> n != null).findFirst().orElse(null);
    return new EntityPage(id, type, name, articles, quotes, trends);
  }

  private TrendItem withSeries(TrendItem t, ReadOnlyWindowStore<String, TrendCount> store, TrendWindow w, long start) {
    long adv = w.advance.toMillis();
    long first = start - (w.steps - 1) * adv;
    Map<Long, TrendCount> byStart = new LinkedHashMap<>();
    try (WindowStoreIterator<TrendCount> it = store.fetch(t.entityId(), Instant.ofEpochMilli(first), Instant.ofEpochMilli(start))) {
      while (it.hasNext()) {
        KeyValue<Long, TrendCount> kv = it.next();
        byStart.put(kv.key, kv.value);
      }
    }
    List<TrendItem.Point> series = new ArrayList<>(w.steps);
    for (long s = first; s <= start; s += adv) {
      TrendCount c = byStart.get(s);
      series.add(new TrendItem.Point(s, c == null ? 0 : Math.max(0, c.articles()), c == null ? 0 : Math.max(0, c.mentions())));
    }
    TrendCount latest = byStart.values().stream().filter(c -> !c.name().isEmpty()).reduce((a, b) -> b).orElse(null);
    TrendItem.Point now = series.get(series.size() - 1);
    return new TrendItem(t.entityId(), t.type() != null ? t.type() : latest == null ? null : latest.type(),
        t.name() != null ? t.name() : latest == null ? null : latest.name(), w.iso, start, now.articles(), now.mentions(), series);
  }

  /**
   * Visits articles newest first across all local partitions (a k-way merge of the per-partition
   * indexes), optionally only those naming {@code entity}, until the visitor returns false.
   */
  private void walk(String entity, Predicate<ArticleView> visitor) {
    List<Cursor> cursors = new ArrayList<>();
    try {
      PriorityQueue<Cursor> heads = new PriorityQueue<>(Comparator.comparing(c -> c.head, NEWEST_FIRST));
      for (StoreAccess.Partition p : stores.partitions()) {
        KeyValueIterator<String, String> it = entity == null ? p.feed().all()
            : p.byEntity().prefixScan(StoreKeys.entityPrefix(entity), new StringSerializer());
        Cursor c = new Cursor(p, it);
        cursors.add(c);
        if (c.advance()) {
          heads.add(c);
        }
      }
      for (int walked = 0; !heads.isEmpty() && walked < SCAN_LIMIT; walked++) {
        Cursor c = heads.poll();
        if (!visitor.test(c.head)) {
          return;
        }
        if (c.advance()) {
          heads.add(c);
        }
      }
    } finally {
      cursors.forEach(c -> c.it.close());
    }
  }

  private static final class Cursor {
    final StoreAccess.Partition partition;
    final KeyValueIterator<String, String> it;
    ArticleView head;

    Cursor(StoreAccess.Partition partition, KeyValueIterator<String, String> it) {
      this.partition = partition;
      this.it = it;
    }

    /** Moves to the next indexed article still present; false at the end. */
    boolean advance() {
      while (it.hasNext()) {
        ArticleView a = partition.articles().get(it.next().value);
        if (a != null && !a.withdrawn()) {
          head = a;
          return true;
        }
      }
      head = null;
      return false;
    }
  }
}
