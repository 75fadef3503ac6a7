package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.cli.Input;
import io.newswire.cli.Publisher;
import io.newswire.enrich.EnrichService;
import io.newswire.enrich.Enricher;
import io.newswire.ingest.IngestService;
import io.newswire.runtime.ServiceConfig;
import io.newswire.runtime.StreamsService;
import io.newswire.runtime.Topics;
import io.newswire.schema.EnrichedArticle;
import io.newswire.serde.AvroDeserializer;
import io.newswire.serde.SchemaRegistryClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The pipeline against the real things: Apache Kafka's and Confluent Schema Registry's own images.
 * Runs where a Docker engine exists (skipped otherwise); the embedded stack covers the rest.
 */
@Tag("docker")
@Testcontainers(disabledWithoutDocker = true)
class ConfluentStackContainerTest {
  static final Network NETWORK = Network.newNetwork();

  @Container
  static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1")
      .withNetwork(NETWORK).withListener("kafka:19092");

  @Container
  static final GenericContainer<?> REGISTRY = new GenericContainer<>("confluentinc/cp-schema-registry:7.9.0")
      .withNetwork(NETWORK).dependsOn(KAFKA).withExposedPorts(8081)
      .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
      .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
      .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
      .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));

  @Test
  void eventsRegisteredWithConfluentsRegistryDecode() throws Exception {
    String bootstrap = KAFKA.getBootstrapServers();
    String registryUrl = "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081);
    Path state = Files.createTempDirectory("containers-");
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Topics.DEFAULT.ensure(admin, 1, (short) 1);
    }
    ServiceConfig base = ServiceConfig.fromEnv(Map.of(), "containers-ingest", -1).withBootstrap(bootstrap, registryUrl)
        .withStateDir(state);
    try (StreamsService ingest = IngestService.create(base).start();
         StreamsService enrich = EnrichService.create(ServiceConfig.fromEnv(Map.of(), "containers-enrich", -1)
             .withBootstrap(bootstrap, registryUrl).withStateDir(state), new Enricher()).start()) {
      List<Input> samples = Input.samples();
      Publisher.send(bootstrap, Topics.DEFAULT.raw(), samples);
      var records = TopicReader.readUntil(bootstrap, Topics.DEFAULT.enriched(), r -> r.size() >= samples.size(), Duration.ofSeconds(120));
      assertEquals(samples.size(), records.size());
      SchemaRegistryClient registry = new SchemaRegistryClient(registryUrl);
      AvroDeserializer<EnrichedArticle> de = new AvroDeserializer<>(EnrichedArticle.class, registry);
      for (var r : records) {
        assertTrue(de.deserialize(r.topic(), r.value()).getHeadline().length() > 0);
      }
      assertTrue(registry.get("/subjects").toString().contains("news.article.enriched-value"));
    } finally {
      LocalStack.deleteRecursively(state);
    }
  }
}
