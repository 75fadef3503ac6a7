package io.newswire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** Static membership, takeover timeouts and standbys reach the Kafka Streams properties as configured. */
class FailoverConfigTest {

  @Test
  void defaultsAreDynamicMembershipWithShortTimeoutsAndTransactionalStores() {
    ServiceConfig c = ServiceConfig.fromEnv(Map.of(), "newswire-enrich", 7072);
    Properties p = c.streamsProperties();
    assertNull(p.get("main.consumer.group.instance.id"));
    assertEquals("8000", p.get("session.timeout.ms"));
    assertEquals("1000", p.get("heartbeat.interval.ms"));
    assertEquals("8000", p.get("transaction.timeout.ms"));
    assertEquals("100", p.get("producer.retry.backoff.max.ms"), "a taken-over transactional id is retried quickly");
    assertEquals("0", p.get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG));
    assertEquals("true", p.get(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG));
    assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams"), c.stateDir());
    assertFalse(c.failover().storesInMemory(), "services keep RocksDB stores unless told otherwise");
    // what Kafka Streams makes of them is valid
    new StreamsConfig(p);
  }

  @Test
  void instanceIdStandbysAndTimeoutsComeFromTheEnvironment() {
    ServiceConfig c = ServiceConfig.fromEnv(Map.of(
        "NEWSWIRE_INSTANCE_ID", "enrich-2",
        "NEWSWIRE_STANDBY_REPLICAS", "1",
        "NEWSWIRE_SESSION_TIMEOUT_MS", "10000",
        "NEWSWIRE_TRANSACTION_TIMEOUT_MS", "9000",
        "NEWSWIRE_TRANSACTIONAL_STATE_STORES", "false"), "newswire-enrich", 7072);
    Properties p = c.streamsProperties();
    assertEquals("enrich-2", p.get("main.consumer.group.instance.id"));
    assertEquals("1", p.get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG));
    assertEquals("10000", p.get("session.timeout.ms"));
    assertEquals("9000", p.get("transaction.timeout.ms"));
    assertEquals("false", p.get(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG));
    // two instances on one host must not share a state directory
    assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams", "enrich-2"), c.stateDir());
    // Kafka Streams gives each stream thread its own member id: enrich-2-1, enrich-2-2, ...
    Map<String, Object> consumer = new StreamsConfig(p).getMainConsumerConfigs("newswire-enrich", "client", 1);
    assertEquals("enrich-2-1", consumer.get("group.instance.id"));
  }

  @Test
  void hostnameMeansTheContainersHostnameSoEachReplicaIsItsOwnMember() {
    Failover f = Failover.fromEnv(Map.of("NEWSWIRE_INSTANCE_ID", "hostname", "HOSTNAME", "3f9c2a7d41b0"));
    assertEquals("3f9c2a7d41b0", f.instanceId());
    assertFalse(Failover.fromEnv(Map.of("NEWSWIRE_INSTANCE_ID", "hostname")).instanceId().isBlank());
    assertNull(Failover.fromEnv(Map.of("NEWSWIRE_INSTANCE_ID", " ")).instanceId());
  }

  @Test
  void aKafkaVariableStillOverridesTheSameClientProperty() {
    Properties p = ServiceConfig.fromEnv(Map.of("NEWSWIRE_INSTANCE_ID", "ingest-1", "KAFKA_SESSION_TIMEOUT_MS", "45000"),
        "newswire-ingest", 7071).streamsProperties();
    assertEquals("45000", p.get("session.timeout.ms"));
  }

  @Test
  void pipelineTopicsHaveSixPartitionsUnlessConfigured() {
    assertEquals(6, Topics.partitionsFromEnv(Map.of()));
    assertEquals(12, Topics.partitionsFromEnv(Map.of("NEWSWIRE_PARTITIONS", "12")));
  }

  @Test
  void stateStoresInMemoryOnRequestAndABadValueIsAClearError() {
    assertTrue(ServiceConfig.fromEnv(Map.of("NEWSWIRE_STATE_STORES", "memory"), "newswire-enrich", 7072)
        .failover().storesInMemory());
    assertFalse(ServiceConfig.fromEnv(Map.of("NEWSWIRE_STATE_STORES", "RocksDB"), "newswire-enrich", 7072)
        .failover().storesInMemory());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServiceConfig.fromEnv(Map.of("NEWSWIRE_STATE_STORES", "disk"), "newswire-enrich", 7072));
    assertTrue(e.getMessage().contains("NEWSWIRE_STATE_STORES"), e.getMessage());
  }
}
