package io.newswire.runtime;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How a service runs as a server: stream threads, producer batching and compression, and the
 * exactly-once commit interval. Kept apart from {@link ServiceConfig}'s delivery settings; any of
 * them can still be overridden with a {@code KAFKA_*} variable.
 *
 * <pre>
 * NEWSWIRE_STREAM_THREADS      cores      num.stream.threads (one text worker per core)
 * NEWSWIRE_COMMIT_INTERVAL_MS  50         commit.interval.ms under exactly_once_v2
 * NEWSWIRE_COMPRESSION         lz4        producer compression.type on the pipeline topics
 *                                        (none in the embedded local stack, see onLoopback)
 * NEWSWIRE_LINGER_MS           20         producer linger.ms
 * NEWSWIRE_FETCH_MAX_WAIT_MS   10         main consumer fetch.max.wait.ms
 * NEWSWIRE_FETCH_MIN_BYTES     65536      main consumer fetch.min.bytes
 * (fixed)                      -1         max.task.idle.ms (see TASK_IDLE_DISABLED)
 * </pre>
 */
public final class StreamsTuning {
  /**
   * The latency floor: a record becomes visible to read_committed readers only when its transaction
   * commits, twice (ingest, then enrich). Half of Kafka Streams' exactly-once default of 100 ms: at a
   * steady 400 dispatches/s on 2 cores p99 push-to-enriched fell from 292 to 211-239 ms, and the burst
   * throughput stayed within the noise (see docs/speed.md, sixth round).
   */
  static final String DEFAULT_COMMIT_INTERVAL_MS = "50";

  /**
   * How long the broker may hold a stream thread's fetch until {@link #DEFAULT_FETCH_MIN_BYTES} have
   * come. With Kafka's defaults (1 byte) a fetch returns as soon as one record is there, so at a steady
   * rate every stream thread went to the broker for one or two dispatches at a time: at 400 dispatches/s
   * on 2 cores the JVM kept 1.60 cores busy and p99 push-to-enriched was 795 ms; with these two
   * settings 1.31 cores and 191 ms (docs/speed.md, eighth round). In a burst the bytes come at once and
   * nothing waits.
   */
  static final String DEFAULT_FETCH_MAX_WAIT_MS = "10";
  static final String DEFAULT_FETCH_MIN_BYTES = Integer.toString(64 << 10);

  /**
   * Under exactly-once a record is visible only when its transaction commits, and each commit flushes
   * the producer, so waiting up to 20 ms for a fuller batch (below the commit interval) costs a reader
   * almost nothing, while fewer batches save per-batch work (a compression buffer, a request, a broker
   * append). At a steady 580 dispatches/s on 2 cores: 5 ms saturated both cores twice (1.89, 1.90 busy;
   * p99 4.6 and 6.5 s), 20 ms kept 1.47 and 1.55 busy (p99 240 and 604 ms); docs/speed.md, eighth round.
   */
  static final String DEFAULT_LINGER_MS = "20";

  /**
   * Compressed topics are smaller on the wire and on disk, which matters between hosts and on a
   * broker's disks, so a deployed service (compose, production) compresses.
   */
  static final String DEFAULT_COMPRESSION = "lz4";

  /**
   * The embedded stack ({@code up}, {@code demo}, {@code bench}, {@code load}) talks to its broker over
   * loopback in the same process, where bytes cost nothing and every codec's work is CPU taken from the
   * text work on the same cores: each new producer batch set up an LZ4 frame (two 64 KB buffers zeroed;
   * with 50 ms exactly-once commits and 6 partitions nearly every record opens its own batch), the broker
   * decompressed each batch again to validate it, and the next stage's consumer once more.
   * docs/speed.md, twenty-eighth round, has the CPU per dispatch of each codec.
   */
  static final String LOOPBACK_COMPRESSION = "none";

  /**
   * Kafka Streams' default (0) makes a task wait, before it processes, until every one of its input
   * partitions has data or is known to be caught up, so that a join or merge sees records in timestamp
   * order. Every task of the pipeline's services reads one partition (a single source topic, no join or
   * merge), so there is nothing to order; but at 0 each task whose queue is empty was asked again on
   * every loop of its stream thread, and Kafka 4.4 formats its log text for that check whether logging is
   * on or not (several {@code String.format} per empty task and loop: 0.7-1.5 % of the enrich stream
   * threads' CPU samples under {@code load}). Disabled, an empty task is simply found empty. A topology
   * that joins or merges topics must set it back ({@code KAFKA_MAX_TASK_IDLE_MS=0}).
   */
  static final String TASK_IDLE_DISABLED = Long.toString(StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);

  private StreamsTuning() {}

  /**
   * {@code c} for a service of the embedded stack: its producers do not compress unless
   * {@code NEWSWIRE_COMPRESSION} (or {@code KAFKA_PRODUCER_COMPRESSION_TYPE}) asks for a codec.
   */
  public static ServiceConfig onLoopback(ServiceConfig c, Map<String, String> env) {
    String key = StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG);
    if (env.containsKey("NEWSWIRE_COMPRESSION") || c.clientOverrides().containsKey(key)) {
      return c;
    }
    return c.withClientOverride(key, LOOPBACK_COMPRESSION);
  }

  public static Properties fromEnv(Map<String, String> env) {
    Properties p = new Properties();
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG,
        env.getOrDefault("NEWSWIRE_STREAM_THREADS", Integer.toString(Runtime.getRuntime().availableProcessors())));
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, env.getOrDefault("NEWSWIRE_COMMIT_INTERVAL_MS", DEFAULT_COMMIT_INTERVAL_MS));
    p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), env.getOrDefault("NEWSWIRE_COMPRESSION", DEFAULT_COMPRESSION));
    p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), env.getOrDefault("NEWSWIRE_LINGER_MS", DEFAULT_LINGER_MS));
    p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), Integer.toString(256 << 10));
    // The main consumer only: restoring a store after a crash should still fetch as fast as it can.
    p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG),
        env.getOrDefault("NEWSWIRE_FETCH_MAX_WAIT_MS", DEFAULT_FETCH_MAX_WAIT_MS));
    p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MIN_BYTES_CONFIG),
        env.getOrDefault("NEWSWIRE_FETCH_MIN_BYTES", DEFAULT_FETCH_MIN_BYTES));
    p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, TASK_IDLE_DISABLED);
    return p;
  }
}
