package io.newswire.runtime;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * A service's configuration, read from environment variables so the same image runs anywhere:
 *
 * <pre>
 * KAFKA_BOOTSTRAP_SERVERS   127.0.0.1:9092
 * SCHEMA_REGISTRY_URL       http://127.0.0.1:8081
 * NEWSWIRE_APPLICATION_ID   newswire-ingest | newswire-enrich   (Kafka Streams application.id)
 * NEWSWIRE_TOPIC_RAW|PARSED|ENRICHED|DLQ                         (see {@link Topics})
 * NEWSWIRE_STATE_DIR        java.io.tmpdir/kafka-streams        (Kafka Streams state.dir)
 * NEWSWIRE_HTTP_HOST        127.0.0.1    NEWSWIRE_HTTP_PORT  7071 | 7072 (0 = any free port, -1 = off)
 * NEWSWIRE_MAX_DISPATCH_BYTES 1048576
 * NEWSWIRE_INSTANCE_ID, NEWSWIRE_STANDBY_REPLICAS, NEWSWIRE_*_TIMEOUT_MS ...    (see {@link Failover})
 * KAFKA_*                   any other client property: KAFKA_SECURITY_PROTOCOL=SASL_SSL becomes
 *                           security.protocol=SASL_SSL, KAFKA_SASL_JAAS_CONFIG becomes sasl.jaas.config
 * </pre>
 */
public record ServiceConfig(
    String bootstrapServers,
    String registryUrl,
    String applicationId,
    Topics topics,
    Path stateDir,
    String httpHost,
    int httpPort,
    int maxDispatchBytes,
    Map<String, String> clientOverrides,
    Failover failover) {

  public static ServiceConfig fromEnv(Map<String, String> env, String defaultAppId, int defaultHttpPort) {
    Failover failover = Failover.fromEnv(env);
    return new ServiceConfig(
        env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
        env.getOrDefault("SCHEMA_REGISTRY_URL", "http://127.0.0.1:8081"),
        env.getOrDefault("NEWSWIRE_APPLICATION_ID", defaultAppId),
        Topics.fromEnv(env),
        Path.of(env.getOrDefault("NEWSWIRE_STATE_DIR", defaultStateDir(failover.instanceId()).toString())),
        env.getOrDefault("NEWSWIRE_HTTP_HOST", "127.0.0.1"),
        Integer.parseInt(env.getOrDefault("NEWSWIRE_HTTP_PORT", Integer.toString(defaultHttpPort))),
        Integer.parseInt(env.getOrDefault("NEWSWIRE_MAX_DISPATCH_BYTES", Integer.toString(1 << 20))),
        kafkaOverrides(env),
        failover);
  }

  /** Instances on one host must not share a state directory (the process id that names their transactions lives there). */
  static Path defaultStateDir(String instanceId) {
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams");
    return instanceId == null ? base : base.resolve(instanceId.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  /** KAFKA_* variables other than KAFKA_BOOTSTRAP_SERVERS as client properties (KAFKA_SASL_MECHANISM → sasl.mechanism). */
  public static Map<String, String> kafkaOverrides(Map<String, String> env) {
    Map<String, String> overrides = new java.util.TreeMap<>();
    env.forEach((k, v) -> {
      if (k.startsWith("KAFKA_") && !k.equals("KAFKA_BOOTSTRAP_SERVERS")) {
        overrides.put(k.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
      }
    });
    return Map.copyOf(overrides);
  }

  public ServiceConfig withBootstrap(String bootstrap, String registry) {
    return new ServiceConfig(bootstrap, registry, applicationId, topics, stateDir, httpHost, httpPort,
        maxDispatchBytes, clientOverrides, failover);
  }

  public ServiceConfig withStateDir(Path dir) {
    return new ServiceConfig(bootstrapServers, registryUrl, applicationId, topics, dir, httpHost, httpPort,
        maxDispatchBytes, clientOverrides, failover);
  }

  public ServiceConfig withHttpPort(int port) {
    return new ServiceConfig(bootstrapServers, registryUrl, applicationId, topics, stateDir, httpHost, port,
        maxDispatchBytes, clientOverrides, failover);
  }

  /** One client or Streams property set over everything else, as a {@code KAFKA_*} variable would be. */
  public ServiceConfig withClientOverride(String key, String value) {
    Map<String, String> o = new java.util.TreeMap<>(clientOverrides);
    o.put(key, value);
    return new ServiceConfig(bootstrapServers, registryUrl, applicationId, topics, stateDir, httpHost, httpPort,
        maxDispatchBytes, Map.copyOf(o), failover);
  }

  public ServiceConfig withFailover(Failover f) {
    return new ServiceConfig(bootstrapServers, registryUrl, applicationId, topics, stateDir, httpHost, httpPort,
        maxDispatchBytes, clientOverrides, f);
  }

  /** Kafka Streams properties: exactly-once v2, read_committed, dead letters for poison records. */
  public Properties streamsProperties() {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class.getName());
    p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
    p.put(DeadLetterDeserializationHandler.DLQ_TOPIC_CONFIG, topics.dlq());
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.ISOLATION_LEVEL_CONFIG), "read_committed");
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // Idempotence and transactions come with exactly_once_v2 (setting them again only draws a warning).
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Integer.toString(4 << 20));
    p.put("schema.registry.url", registryUrl);

    // Server tuning (threads, batching, compression, commit interval): see StreamsTuning.
    p.putAll(StreamsTuning.fromEnv(System.getenv()));
    // Membership, timeouts and standbys for fast takeover: see Failover.
    failover.applyTo(p);

    p.putAll(clientOverrides);
    return p;
  }
}
