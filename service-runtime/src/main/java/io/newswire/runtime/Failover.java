package io.newswire.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How an instance leaves and rejoins its group: static membership, the timeouts that bound a takeover,
 * standby replicas and transactional state stores. Read from the environment:
 *
 * <pre>
 * NEWSWIRE_INSTANCE_ID             group.instance.id (static membership); "hostname" = $HOSTNAME; unset = dynamic
 * NEWSWIRE_SESSION_TIMEOUT_MS      8000   a member silent this long is dropped and its partitions move
 * NEWSWIRE_HEARTBEAT_INTERVAL_MS   1000   how soon survivors hear of a rebalance
 * NEWSWIRE_TRANSACTION_TIMEOUT_MS  8000   a dead instance's open transaction is aborted after this
 * NEWSWIRE_STANDBY_REPLICAS        0      warm copies of each state store on other instances
 * NEWSWIRE_TRANSACTIONAL_STATE_STORES true  stores keep uncommitted writes apart (KIP-892), so an
 *                                         unclean stop under exactly-once does not wipe them
 * NEWSWIRE_STATE_STORES            rocksdb  rocksdb | memory: where enrich keeps its story versions. In
 *                                         memory the store is rebuilt from its compacted changelog at
 *                                         every start and never wiped after an unclean stop (`up`'s default)
 * </pre>
 */
public record Failover(String instanceId, int sessionTimeoutMs, int heartbeatIntervalMs, int transactionTimeoutMs,
    int standbyReplicas, boolean transactionalStateStores, boolean storesInMemory) {

  public static final Failover DEFAULT = new Failover(null, 8000, 1000, 8000, 0, true, false);

  public static Failover fromEnv(Map<String, String> env) {
    return new Failover(
        instanceId(env.get("NEWSWIRE_INSTANCE_ID"), env),
        intOr(env, "NEWSWIRE_SESSION_TIMEOUT_MS", DEFAULT.sessionTimeoutMs),
        intOr(env, "NEWSWIRE_HEARTBEAT_INTERVAL_MS", DEFAULT.heartbeatIntervalMs),
        intOr(env, "NEWSWIRE_TRANSACTION_TIMEOUT_MS", DEFAULT.transactionTimeoutMs),
        intOr(env, "NEWSWIRE_STANDBY_REPLICAS", DEFAULT.standbyReplicas),
        Boolean.parseBoolean(env.getOrDefault("NEWSWIRE_TRANSACTIONAL_STATE_STORES", "true")),
        storesInMemory(env.getOrDefault("NEWSWIRE_STATE_STORES", "rocksdb")));
  }

  public Failover withInstanceId(String id) {
    return new Failover(id, sessionTimeoutMs, heartbeatIntervalMs, transactionTimeoutMs, standbyReplicas,
        transactionalStateStores, storesInMemory);
  }

  public Failover withStoresInMemory(boolean inMemory) {
    return new Failover(instanceId, sessionTimeoutMs, heartbeatIntervalMs, transactionTimeoutMs, standbyReplicas,
        transactionalStateStores, inMemory);
  }

  /** NEWSWIRE_STATE_STORES's value: memory (or in-memory) is true, rocksdb false, anything else an error. */
  public static boolean storesInMemory(String value) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "memory", "in-memory" -> true;
      case "rocksdb", "" -> false;
      default -> throw new IllegalArgumentException("NEWSWIRE_STATE_STORES must be rocksdb or memory, not '" + value + "'");
    };
  }

  /** Longest wait between a producer's retries (see {@link #applyTo}). */
  public static final int RETRY_BACKOFF_MAX_MS = 100;

  /**
   * Plain (unprefixed) client settings, so a KAFKA_* override of the same property still wins; the
   * instance id goes to the main consumer only, where Kafka Streams appends each thread's index.
   */
  void applyTo(Properties p) {
    if (instanceId != null) {
      p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instanceId);
    }
    p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Integer.toString(sessionTimeoutMs));
    p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Integer.toString(heartbeatIntervalMs));
    p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Integer.toString(transactionTimeoutMs));
    // A restarted instance's producers take over their transactional ids: the coordinator aborts the dead
    // instance's open transaction and answers CONCURRENT_TRANSACTIONS until the abort is written, and
    // the client retries with a backoff that doubles up to 1 s by default. Meanwhile read_committed
    // restores wait for that abort; after a kill -9 they took 1.8-2.4 s. Retry at most every 100 ms.
    p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG), Integer.toString(RETRY_BACKOFF_MAX_MS));
    p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, Integer.toString(standbyReplicas));
    p.put(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG, Boolean.toString(transactionalStateStores));
  }

  static String instanceId(String configured, Map<String, String> env) {
    if (configured == null || configured.isBlank()) {
      return null;
    }
    if (!configured.equalsIgnoreCase("hostname")) {
      return configured.strip();
    }
    // A container's hostname is its id: distinct per replica under `docker compose --scale`, kept across restarts.
    String host = env.get("HOSTNAME");
    if (host != null && !host.isBlank()) {
      return host.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("NEWSWIRE_INSTANCE_ID=hostname but the host has no name", e);
    }
  }

  private static int intOr(Map<String, String> env, String name, int fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
  }
}
