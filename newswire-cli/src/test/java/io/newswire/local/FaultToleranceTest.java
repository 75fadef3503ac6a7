package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.cli.Input;
import io.newswire.cli.Publisher;
import io.newswire.cli.SyntheticDispatches;
import io.newswire.enrich.EnrichService;
import io.newswire.enrich.Enricher;
import io.newswire.ingest.IngestService;
import io.newswire.registry.EmbeddedSchemaRegistry;
import io.newswire.runtime.ServiceConfig;
import io.newswire.runtime.StreamsService;
import io.newswire.runtime.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Registry outage and broker restart: the services wait and resume; nothing is dead-lettered or lost. */
@Tag("kafka")
class FaultToleranceTest {

  static StreamsService[] startServices(String bootstrap, String registryUrl, Path dir) throws Exception {
    Map<String, String> env = Map.of();
    StreamsService ingest = IngestService.create(ServiceConfig.fromEnv(env, "ft-ingest", -1)
        .withBootstrap(bootstrap, registryUrl).withStateDir(dir.resolve("streams"))).start();
    StreamsService enrich = EnrichService.create(ServiceConfig.fromEnv(env, "ft-enrich", -1)
        .withBootstrap(bootstrap, registryUrl).withStateDir(dir.resolve("streams")), new Enricher()).start();
    return new StreamsService[] {ingest, enrich};
  }

  static void push(String bootstrap, List<Input> inputs) throws Exception {
    Publisher.send(bootstrap, Topics.DEFAULT.raw(), inputs);
  }

  static Map<String, Integer> countByKey(String bootstrap, String topic, int expected, Duration timeout) {
    Map<String, Integer> seen = new HashMap<>();
    TopicReader.readUntil(bootstrap, topic, r -> r.size() >= expected, timeout)
        .forEach(r -> seen.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum));
    return seen;
  }

  @Test
  void registryOutageMeansWaitingNotDeadLettering() throws Exception {
    Path dir = Files.createTempDirectory("registry-outage-");
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, "127.0.0.1", 0)) {
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
        Topics.DEFAULT.ensure(admin, 1, (short) 1);
      }
      int registryPort = EmbeddedKafka.freePort();
      String registryUrl = "http://127.0.0.1:" + registryPort;
      // The services start while no registry answers at all.
      StreamsService[] services = startServices(kafka.bootstrapServers(), registryUrl, dir);
      try {
        List<Input> inputs = SyntheticDispatches.generate(30, 3, "outage-");
        push(kafka.bootstrapServers(), inputs);
        Thread.sleep(4000);
        assertEquals(0, TopicReader.readFor(kafka.bootstrapServers(), Topics.DEFAULT.enriched(), Duration.ofMillis(500)).size());
        assertEquals(0, TopicReader.readFor(kafka.bootstrapServers(), Topics.DEFAULT.dlq(), Duration.ofMillis(500)).size(),
            "an outage must not dead-letter records");
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), "127.0.0.1", registryPort, "_schemas")) {
          Map<String, Integer> out = countByKey(kafka.bootstrapServers(), Topics.DEFAULT.enriched(), inputs.size(), Duration.ofSeconds(120));
          assertEquals(inputs.size(), out.size(), "all records resume once the registry is back");
          assertTrue(out.values().stream().allMatch(n -> n == 1));
          assertEquals(0, TopicReader.readFor(kafka.bootstrapServers(), Topics.DEFAULT.dlq(), Duration.ofMillis(500)).size());
        }
      } finally {
        for (StreamsService s : services) {
          s.close();
        }
      }
    } finally {
      LocalStack.deleteRecursively(dir);
    }
  }

  @Test
  void brokerRestartIsRecoveredWithoutAManualStep() throws Exception {
    Path dir = Files.createTempDirectory("broker-restart-");
    int port = EmbeddedKafka.freePort();
    EmbeddedKafka kafka = EmbeddedKafka.start(dir, "127.0.0.1", port);
    EmbeddedSchemaRegistry registry = null;
    StreamsService[] services = null;
    try {
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
        Topics.DEFAULT.ensure(admin, 1, (short) 1);
      }
      registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), "127.0.0.1", 0, "_schemas");
      services = startServices(kafka.bootstrapServers(), registry.url(), dir);
      List<Input> first = SyntheticDispatches.generate(40, 5, "before-restart-");
      push(kafka.bootstrapServers(), first);
      assertEquals(first.size(), countByKey(kafka.bootstrapServers(), Topics.DEFAULT.enriched(), first.size(), Duration.ofSeconds(60)).size());

      kafka.close();
      Thread.sleep(2000);
      kafka = EmbeddedKafka.start(dir, "127.0.0.1", port);

      List<Input> second = SyntheticDispatches.generate(40, 6, "after-restart-");
      push(kafka.bootstrapServers(), second);
      Map<String, Integer> out = countByKey(kafka.bootstrapServers(), Topics.DEFAULT.enriched(), first.size() + second.size(), Duration.ofSeconds(120));
      assertEquals(first.size() + second.size(), out.size());
      assertTrue(out.values().stream().allMatch(n -> n == 1), "no duplicates across the broker restart");
    } finally {
      if (services != null) {
        for (StreamsService s : services) {
          s.close();
        }
      }
      if (registry != null) {
        registry.close();
      }
      kafka.close();
      LocalStack.deleteRecursively(dir);
    }
  }
}
