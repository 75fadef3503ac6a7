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
 * NEWSWIRE_COMMIT_INTERVAL_MS  100        commit.interval.ms under exactly_once_v2
 * NEWSWIRE_COMPRESSION         lz4        producer compression.type on the pipeline topics
 * NEWSWIRE_LINGER_MS           5          producer linger.ms
 * </pre>
 */
public final class StreamsTuning {
  /**
   * Kafka Streams' own default under exactly-once, kept explicit because it sets the latency floor: a
   * record becomes visible to read_committed readers only when its transaction commits, twice (ingest,
   * then enrich). Longer intervals batch more per transaction; see README for measured figures.
   */
  static final String DEFAULT_COMMIT_INTERVAL_MS = "100";

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
