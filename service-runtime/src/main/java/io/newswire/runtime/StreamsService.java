package io.newswire.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams application: lifecycle, replacement of a failed stream thread (a transient
 * fault such as a registry outage aborts the transaction and the records are read again), health and
 * readiness reflecting the Streams state, and Prometheus metrics over HTTP.
 */
public final class StreamsService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StreamsService.class);

  private final String name;
  private final KafkaStreams streams;
  private final ServiceConfig config;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private KafkaStreamsMetrics metrics;
  private HttpServer http;

  public StreamsService(String name, Topology topology, ServiceConfig config) {
    this(name, topology, config, Map.of());
  }

  /** With extra Streams properties on top of the config's, e.g. {@code application.server} for interactive queries. */
  public StreamsService(String name, Topology topology, ServiceConfig config, Map<String, String> extraProperties) {
    this.name = name;
    this.config = config;
    Properties props = config.streamsProperties();
    props.putAll(extraProperties);
    this.streams = new KafkaStreams(topology, props);
    streams.setUncaughtExceptionHandler(e -> {
      log.error("{}: stream thread failed, replacing it (its transaction is aborted and records re-read)", name, e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.setStateListener((now, before) -> log.info("{}: {} -> {}", name, before, now));
    streams.setGlobalStateRestoreListener(new RestoreLog(name));
  }

  /** Logs each store restoration with its size and duration: how long a takeover or restart spends rebuilding state. */
  private static final class RestoreLog implements StateRestoreListener {
    private final String name;
    private final Map<TopicPartition, Long> started = new ConcurrentHashMap<>();

    RestoreLog(String name) {
      this.name = name;
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startOffset, long endOffset) {
      started.put(partition, System.nanoTime());
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {}

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
      Long t0 = started.remove(partition);
      log.info("{}: restored {} from {}: {} records in {} ms", name, store, partition, totalRestored,
          t0 == null ? -1 : (System.nanoTime() - t0) / 1_000_000);
    }
  }

  public StreamsService start() throws IOException {
    metrics = new KafkaStreamsMetrics(streams);
    metrics.bindTo(PipelineMetrics.prometheus());
    streams.start();
    if (config.httpPort() >= 0) {
      http = HttpServer.create(new InetSocketAddress(config.httpHost(), config.httpPort()), 16);
      http.createContext("/health", ex -> respond(ex, healthy() ? 200 : 503, stateJson(), "application/json"));
      http.createContext("/ready", ex -> respond(ex, ready() ? 200 : 503, stateJson(), "application/json"));
      http.createContext("/metrics", ex -> respond(ex, 200, PipelineMetrics.prometheus().scrape(),
          "text/plain; version=0.0.4; charset=utf-8"));
      http.start();
      log.info("{}: /health, /ready and /metrics on http://{}:{}", name, config.httpHost(), http.getAddress().getPort());
    }
    return this;
  }

  /** The Streams client, for interactive queries of its state stores. */
  public KafkaStreams streams() {
    return streams;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** Alive: not failed and not shut down (rebalancing counts as alive). */
  public boolean healthy() {
    KafkaStreams.State s = streams.state();
    return s != KafkaStreams.State.ERROR && s != KafkaStreams.State.PENDING_ERROR
        && s != KafkaStreams.State.NOT_RUNNING && s != KafkaStreams.State.PENDING_SHUTDOWN;
  }

  /** Ready: processing records. */
  public boolean ready() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  public int httpPort() {
    return http == null ? -1 : http.getAddress().getPort();
  }

  /** Waits until the application is RUNNING (all tasks assigned and restored). */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (ready()) {
        return true;
      }
      Thread.sleep(50);
    }
    return ready();
  }

  /** Blocks until {@link #close()} (e.g. from a shutdown hook on SIGTERM / Ctrl-C). */
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  /**
   * State, instance id and the input partitions this instance processes (active) and keeps warm
   * (standby): what an operator, or the failover test, looks at to see who took over what.
   */
  private String stateJson() {
    String instance = config.failover().instanceId();
    return "{\"service\":\"" + name + "\",\"state\":\"" + streams.state() + "\""
        + (instance == null ? "" : ",\"instance\":\"" + instance + "\"")
        + ",\"active\":" + jsonList(partitions(false)) + ",\"standby\":" + jsonList(partitions(true)) + "}";
  }

  /** Source partitions of this instance's active (or standby) tasks, e.g. {@code news.article.parsed-3}; empty while not running. */
  public List<String> partitions(boolean standby) {
    try {
      return streams.metadataForLocalThreads().stream()
          .flatMap(t -> (standby ? t.standbyTasks() : t.activeTasks()).stream())
          .flatMap(task -> task.topicPartitions().stream())
          .map(TopicPartition::toString).sorted().toList();
    } catch (IllegalStateException notRunning) {
      return List.of();
    }
  }

  private static String jsonList(List<String> items) {
    return items.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(",", "[", "]"));
  }

  /** Sends a whole UTF-8 body with its content type. */
  public static void respond(HttpExchange ex, int status, String body, String type) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    if (stopped.getCount() == 0) {
      return;
    }
    log.info("{}: shutting down", name);
    if (http != null) {
      http.stop(0);
    }
    streams.close(Duration.ofSeconds(30));
    if (metrics != null) {
      metrics.close();
    }
    stopped.countDown();
  }
}
