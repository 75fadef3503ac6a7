package io.newswire.dashboard.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.newswire.dashboard.topology.JsonSerde;
import io.newswire.dashboard.view.ArticleView;
import io.newswire.dashboard.view.Views;
import io.newswire.schema.EnrichedArticle;
import io.newswire.serde.AvroDeserializer;
import io.newswire.serde.SchemaRegistryClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code /api/stream} sends: every committed article event (event {@code article}, or
 * {@code withdrawn}) and, at most once a second, the entities whose trend changed (event
 * {@code trends}). It tails the enriched and trends topics itself, from their ends and read_committed,
 * so every instance streams the whole wire, not only its own partitions, and never an aborted write.
 */
public final class LiveEvents implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);
  /** Events a slow client may fall behind by before it is dropped (it reconnects and re-reads the API). */
  static final int CLIENT_BACKLOG = 1_000;

  private final KafkaConsumer<String, byte[]> consumer;
  private final AvroDeserializer<EnrichedArticle> articles;
  private final String enrichedTopic;
  private final String trendsTopic;
  private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  public LiveEvents(String bootstrap, String registryUrl, Map<String, String> clientOverrides, String enrichedTopic,
      String trendsTopic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.putAll(clientOverrides);
    this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    this.articles = new AvroDeserializer<>(EnrichedArticle.class, SchemaRegistryClient.shared(registryUrl));
    this.enrichedTopic = enrichedTopic;
    this.trendsTopic = trendsTopic;
    this.thread = new Thread(this::run, "dashboard-live-events");
    thread.setDaemon(true);
    Gauge.builder("newswire.dashboard.stream.clients", clients, List::size).register(Metrics.globalRegistry);
  }

  public LiveEvents start() {
    List<TopicPartition> parts = new ArrayList<>();
    for (String topic : List.of(enrichedTopic, trendsTopic)) {
      consumer.partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(info -> parts.add(new TopicPartition(topic, info.partition())));
    }
    consumer.assign(parts);
    consumer.seekToEnd(parts);
    parts.forEach(consumer::position); // fix the start now: what comes after start() is streamed
    thread.start();
    return this;
  }

  /** A new subscriber's queue of ready-to-send SSE frames. */
  public BlockingQueue<String> subscribe() {
    BlockingQueue<String> q = new ArrayBlockingQueue<>(CLIENT_BACKLOG);
    clients.add(q);
    return q;
  }

  public void unsubscribe(BlockingQueue<String> q) {
    clients.remove(q);
  }

  private void run() {
    Set<String> changed = new TreeSet<>();
    long lastFlush = System.nanoTime();
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(250))) {
          try {
            if (r.topic().equals(trendsTopic)) {
              int bar = r.key() == null ? -1 : r.key().indexOf('|');
              if (bar > 0) {
                changed.add(r.key().substring(0, bar));
              }
            } else if (r.value() != null) {
              ArticleView a = Views.of(articles.deserialize(r.topic(), r.value()));
              if (a.withdrawn()) {
                broadcast("withdrawn", Map.of("id", a.id(), "version", a.version()));
              } else {
                broadcast("article", a);
              }
            }
          } catch (RuntimeException e) {
            log.warn("live events: skipping {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
          }
        }
        if (!changed.isEmpty() && System.nanoTime() - lastFlush > 1_000_000_000L) {
          broadcast("trends", Map.of("entities", List.copyOf(changed)));
          changed.clear();
          lastFlush = System.nanoTime();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("live events stopped", e);
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  void broadcast(String event, Object data) {
    String frame;
    try {
      frame = "event: " + event + "\ndata: " + JsonSerde.MAPPER.writeValueAsString(data) + "\n\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (BlockingQueue<String> q : clients) {
      if (!q.offer(frame)) {
        clients.remove(q);
        q.clear();
        q.offer("event: overflow\ndata: {}\n\n");
      }
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
