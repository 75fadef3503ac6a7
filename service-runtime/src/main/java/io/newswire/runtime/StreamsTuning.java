package io.newswire.runtime;

import java.util.Map;
import java.util.Properties;
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
 * NEWSWIRE_LINGER_MS           5          producer linger.ms
 * </pre>
 */
public final class StreamsTuning {
  /**
   * The latency floor: a record becomes visible to read_committed readers only when its transaction
   * commits, twice (ingest, then enrich). Half of Kafka Streams' exactly-once default of 100 ms: at a
   * steady 400 dispatches/s on 2 cores p99 push-to-enriched fell from 292 to 211-239 ms, and the burst
   * throughput stayed within the noise (see README, speed, sixth round).
   */
  static final String DEFAULT_COMMIT_INTERVAL_MS = "50";

  private StreamsTuning() {}

  public static Properties fromEnv(Map<String, String> env) {
    Properties p = new Properties();
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG,
        env.getOrDefault("NEWSWIRE_STREAM_THREADS", Integer.toString(Runtime.getRuntime().availableProcessors())));
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, env.getOrDefault("NEWSWIRE_COMMIT_INTERVAL_MS", DEFAULT_COMMIT_INTERVAL_MS));
    p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), env.getOrDefault("NEWSWIRE_COMPRESSION", "lz4"));
    p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), env.getOrDefault("NEWSWIRE_LINGER_MS", "5"));
    p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), Integer.toString(256 << 10));
    return p;
  }
}
