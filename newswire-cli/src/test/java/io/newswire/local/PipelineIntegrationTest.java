package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.cli.Input;
import io.newswire.runtime.DeadLetters;
import io.newswire.schema.EnrichedArticle;
import io.newswire.serde.AvroDeserializer;
import io.newswire.serde.SchemaRegistryClient;
import io.newswire.serde.WireFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole pipeline on a real embedded broker and registry: dispatches in, enriched events out
 * (decoded through the registry client), bad records in the DLQ with their original bytes while the
 * rest keep flowing, and story versions.
 */
@Tag("kafka")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIntegrationTest {
  static LocalStack stack;
  static KafkaProducer<byte[], byte[]> producer;
  static AvroDeserializer<EnrichedArticle> enrichedReader;

  @BeforeAll
  static void start() throws Exception {
    stack = TestStacks.ephemeral();
    producer = TestStacks.producer(stack);
    enrichedReader = new AvroDeserializer<>(EnrichedArticle.class, new SchemaRegistryClient(stack.registryUrl()));
  }

  @AfterAll
  static void stop() {
    producer.close();
    stack.close();
  }

  static void send(String topic, String key, byte[] value, Map<String, String> headers) throws Exception {
    RecordHeaders h = new RecordHeaders();
    headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
    producer.send(new ProducerRecord<>(topic, null, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, h)).get();
  }

  static Map<String, List<EnrichedArticle>> enrichedById(List<ConsumerRecord<byte[], byte[]>> records) {
    Map<String, List<EnrichedArticle>> byId = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      EnrichedArticle a = enrichedReader.deserialize(r.topic(), r.value());
      assertEquals(a.getId(), new String(r.key(), StandardCharsets.UTF_8), "events are keyed by article id");
      byId.computeIfAbsent(a.getId(), k -> new java.util.ArrayList<>()).add(a);
    }
    return byId;
  }

  @Test
  @Order(1)
  void dispatchesFlowThroughWhileBadRecordsGoToTheDlq() throws Exception {
    List<Input> samples = Input.samples();
    byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x41, 0x42};
    send(stack.topics().raw(), "bad-empty", new byte[0], Map.of("source", "test"));
    for (Input in : samples.subList(0, 2)) {
      send(stack.topics().raw(), in.id(), in.body(), in.headers());
    }
    send(stack.topics().raw(), "bad-bytes", notUtf8, Map.of("source", "test", "x-trace", "t-1"));
    // poison on the parsed topic: not in the wire format at all
    send(stack.topics().parsed(), "bad-magic", new byte[] {7, 0, 0, 0, 1, 2, 3}, Map.of());
    for (Input in : samples.subList(2, samples.size())) {
      send(stack.topics().raw(), in.id(), in.body(), in.headers());
    }

    Set<String> ids = samples.stream().map(Input::id).collect(Collectors.toSet());
    var enriched = TopicReader.readUntil(stack.bootstrapServers(), stack.topics().enriched(),
        r -> r.size() >= samples.size(), Duration.ofSeconds(60));
    Map<String, List<EnrichedArticle>> byId = enrichedById(enriched);
    assertEquals(ids, byId.keySet());
    byId.values().forEach(v -> assertEquals(1, v.size()));
    EnrichedArticle seed = byId.get("mehr-ar-pezeshkian-qatar").get(0);
    assertEquals("ar", seed.getLanguage());
    assertEquals("طهران", seed.getDateline().getCity());
    assertEquals("Mehr News Agency", seed.getDateline().getAgency());
    assertEquals(1, seed.getVersion());
    EnrichedArticle fa = byId.get("irna-fa-rainfall").get(0);
    assertEquals("fa", fa.getLanguage());

    var dlq = TopicReader.readUntil(stack.bootstrapServers(), stack.topics().dlq(), r -> r.size() >= 3, Duration.ofSeconds(30));
    Map<String, ConsumerRecord<byte[], byte[]>> dead = new HashMap<>();
    dlq.forEach(r -> dead.put(new String(r.key(), StandardCharsets.UTF_8), r));
    assertEquals(Set.of("bad-empty", "bad-bytes", "bad-magic"), dead.keySet());
    assertEquals("empty", DeadLetters.header(dead.get("bad-empty").headers(), DeadLetters.REASON));
    ConsumerRecord<byte[], byte[]> bytes = dead.get("bad-bytes");
    assertArrayEquals(notUtf8, bytes.value(), "the DLQ keeps the original bytes");
    assertEquals("t-1", DeadLetters.header(bytes.headers(), "x-trace"), "and the original headers");
    assertNotNull(DeadLetters.header(bytes.headers(), DeadLetters.REASON));
    assertNotNull(DeadLetters.header(bytes.headers(), DeadLetters.STAGE));
    assertEquals(stack.topics().raw(), DeadLetters.header(bytes.headers(), DeadLetters.TOPIC));
    ConsumerRecord<byte[], byte[]> magic = dead.get("bad-magic");
    assertEquals("deserialization", DeadLetters.header(magic.headers(), DeadLetters.REASON));
    assertArrayEquals(new byte[] {7, 0, 0, 0, 1, 2, 3}, magic.value());
    assertTrue(DeadLetters.header(magic.headers(), DeadLetters.MESSAGE).contains("magic byte"));

    // every enriched event is in the Confluent wire format under the registry's id
    for (ConsumerRecord<byte[], byte[]> r : enriched) {
      int id = WireFormat.schemaId(r.value());
      assertEquals(EnrichedArticle.getClassSchema(), new SchemaRegistryClient(stack.registryUrl()).getById(id));
    }
  }

  @Test
  @Order(2)
  void streamingAndOfflineEnrichGiveTheSameEntitiesAndQuotes() throws Exception {
    Input seed = Input.samples().stream().filter(i -> i.id().equals("mehr-ar-pezeshkian-qatar")).findFirst().orElseThrow();
    var records = TopicReader.readUntil(stack.bootstrapServers(), stack.topics().enriched(),
        r -> enrichedById(r).containsKey(seed.id()), Duration.ofSeconds(60));
    EnrichedArticle streamed = enrichedById(records).get(seed.id()).get(0);
    EnrichedArticle offline = io.newswire.cli.EnrichCommand.enrichOne(
        new io.newswire.ingest.parsing.DispatchParser(), io.newswire.enrich.Enricher.forLiveFeeds(java.util.Map.of()), seed);
    assertEquals(json(offline.getEntities()), json(streamed.getEntities()));
    assertEquals(json(offline.getQuotes()), json(streamed.getQuotes()));

    // what the demo promises for the seed
    Set<String> names = streamed.getEntities().stream().map(e -> e.getName()).collect(Collectors.toSet());
    assertTrue(names.containsAll(Set.of("Masoud Pezeshkian", "Tamim bin Hamad Al Thani", "Qatar", "Iran", "Tehran", "Gaza", "Syria")),
        names.toString());
    var direct = streamed.getQuotes().stream().filter(q -> q.getKind() == io.newswire.schema.QuoteKind.DIRECT).toList();
    assertTrue(direct.size() >= 10, "direct quotes: " + direct.size());
    assertTrue(direct.stream().allMatch(q -> q.getSpeaker() != null && q.getSpeaker().getName() != null));
  }

  @Test
  @Order(4)
  void healthReadinessAndPrometheusMetrics() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (var service : List.of(stack.ingest(), stack.enrich())) {
      String base = "http://127.0.0.1:" + service.httpPort();
      assertEquals(200, get(http, base + "/health").statusCode());
      var ready = get(http, base + "/ready");
      assertEquals(200, ready.statusCode());
      assertTrue(ready.body().contains("RUNNING"));
    }
    String metrics = get(http, "http://127.0.0.1:" + stack.ingest().httpPort() + "/metrics").body();
    assertTrue(metrics.contains("newswire_records_in_total{stage=\"ingest\"}"), metrics);
    assertTrue(metrics.contains("newswire_dlq_total{reason=\"empty\",stage=\"decode\"}"), metrics);
    assertTrue(metrics.contains("newswire_stage_seconds_bucket{stage=\"parse\""), "per-stage latency histogram");
    assertTrue(metrics.contains("newswire_entities_per_article"), "entities per article");
    assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"), "consumer lag");
  }

  @Test
  @Order(5)
  void deadLettersCanBeListedAndReplayed() throws Exception {
    var list = io.newswire.cli.CommandLineRunner.run("dlq", "list", "--bootstrap", stack.bootstrapServers());
    assertEquals(0, list.exit(), list.err());
    assertTrue(list.out().contains("bad-bytes"), list.out());
    assertTrue(list.out().lines().anyMatch(l -> l.contains("bad-empty") && l.contains("empty") && l.contains("decode")), list.out());
    assertTrue(list.out().lines().anyMatch(l -> l.contains("bad-magic") && l.contains("deserialization")), list.out());

    var earlier = TopicReader.readFor(stack.bootstrapServers(), stack.topics().dlq(), Duration.ofSeconds(1));
    int before = earlier.size();
    var replay = io.newswire.cli.CommandLineRunner.run("dlq", "replay", "--bootstrap", stack.bootstrapServers(), "--id", "bad-empty");
    assertEquals(0, replay.exit(), replay.err());
    assertTrue(replay.err().contains("replayed 1 dead letters"), replay.err());
    // still empty, so back in the DLQ once more: replay re-injected it into the raw topic it came from
    var after = TopicReader.readUntil(stack.bootstrapServers(), stack.topics().dlq(), r -> r.size() > before, Duration.ofSeconds(30));
    assertEquals(before + 1, after.size());
    // the one dead letter that was not there before (partitions are read in no global order)
    Set<String> old = earlier.stream().map(r -> r.partition() + "@" + r.offset()).collect(Collectors.toSet());
    var last = after.stream().filter(r -> !old.contains(r.partition() + "@" + r.offset())).findFirst().orElseThrow();
    assertEquals("bad-empty", new String(last.key(), StandardCharsets.UTF_8));
    assertEquals(stack.topics().raw(), DeadLetters.header(last.headers(), DeadLetters.TOPIC));
    assertEquals(1, java.util.stream.StreamSupport.stream(last.headers().spliterator(), false)
        .filter(h -> h.key().equals(DeadLetters.REASON)).count(), "dead-letter headers are not stacked on replay");
  }

  static java.net.http.HttpResponse<String> get(java.net.http.HttpClient http, String url) throws Exception {
    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  static String json(List<? extends org.apache.avro.generic.IndexedRecord> records) {
    return records.stream().map(io.newswire.json.PlainJson::toLine).collect(Collectors.joining("\n"));
  }

  @Test
  @Order(3)
  void resendIsSilentChangedTextIsVersionTwoWithdrawalIsAnEvent() throws Exception {
    String id = "story-versions-1";
    String v1 = "Storm closes main port\nBEIRUT (AP) — The port closed on Monday, officials said.\n";
    String v2 = "Storm closes main port for a week\nBEIRUT (AP) — The port closed on Monday for a week, officials said.\n";
    send(stack.topics().raw(), id, v1.getBytes(StandardCharsets.UTF_8), Map.of("source", "test"));
    send(stack.topics().raw(), id, v1.getBytes(StandardCharsets.UTF_8), Map.of("source", "test"));
    send(stack.topics().raw(), id, v2.getBytes(StandardCharsets.UTF_8), Map.of("source", "test"));
    send(stack.topics().raw(), id, v2.getBytes(StandardCharsets.UTF_8), Map.of("source", "test"));
    // a withdrawal (ninjs pubstatus canceled) under its own uri: an event that says so, with the next version
    String uri = "urn:newsml:newswire.test:2026:kill-1";
    String usable = "{\"uri\":\"" + uri + "\",\"pubstatus\":\"usable\",\"headlines\":[{\"role\":\"main\",\"value\":\"Ministry adds four bus routes\"}],"
        + "\"bodies\":[{\"contenttype\":\"text/plain\",\"value\":\"AMMAN (AP) — The transport ministry added four bus routes on Sunday.\"}]}";
    String kill = "{\"uri\":\"" + uri + "\",\"pubstatus\":\"canceled\",\"headlines\":[{\"role\":\"main\",\"value\":\"KILL: Ministry adds four bus routes\"}]}";
    // keyed by the story's uri, as a feed should: records of one key stay in order on one partition
    send(stack.topics().raw(), uri, usable.getBytes(StandardCharsets.UTF_8), Map.of("content-type", "application/ninjs+json"));
    send(stack.topics().raw(), uri, kill.getBytes(StandardCharsets.UTF_8), Map.of("content-type", "application/ninjs+json"));
    // Partitions are read in no global order: wait for every expected event, then a quiet spell in
    // which a re-send's event, had there been one, would show up.
    TopicReader.readUntil(stack.bootstrapServers(), stack.topics().enriched(), r -> {
      Map<String, List<EnrichedArticle>> byId = enrichedById(r);
      return byId.getOrDefault(id, List.of()).size() >= 2 && byId.getOrDefault(uri, List.of()).size() >= 2;
    }, Duration.ofSeconds(60));
    var records = TopicReader.readFor(stack.bootstrapServers(), stack.topics().enriched(), Duration.ofSeconds(3));
    List<EnrichedArticle> versions = enrichedById(records).get(id);
    assertEquals(2, versions.size(), "the re-sends produced no event");
    assertEquals(1, versions.get(0).getVersion());
    assertEquals(2, versions.get(1).getVersion());
    assertEquals("Storm closes main port for a week", versions.get(1).getHeadline());
    List<EnrichedArticle> story = enrichedById(records).get(uri);
    assertEquals(2, story.size());
    assertEquals("usable", story.get(0).getPubStatus());
    assertEquals("canceled", story.get(1).getPubStatus());
    assertEquals(2, story.get(1).getVersion());
  }

  @Test
  @Order(6)
  void enrichRestartsAloneWithAnotherThreadCountAndKeepsItsStoryVersions() throws Exception {
    // bench --enrich-threads compares thread counts this way, on one broker and one JIT.
    stack.restartEnrich(3);
    assertEquals(3, stack.enrich().streams().metadataForLocalThreads().size());
    String id = "story-versions-1"; // at version 2 before the restart (order 3)
    String v3 = "Storm closes main port for two weeks\nBEIRUT (AP) — The port closed on Monday for two weeks, officials said.\n";
    send(stack.topics().raw(), id, v3.getBytes(StandardCharsets.UTF_8), Map.of("source", "test"));
    var records = TopicReader.readUntil(stack.bootstrapServers(), stack.topics().enriched(),
        r -> enrichedById(r).getOrDefault(id, List.of()).size() >= 3, Duration.ofSeconds(60));
    List<EnrichedArticle> versions = enrichedById(records).get(id);
    assertEquals(3, versions.get(versions.size() - 1).getVersion(), "the restarted service read its story versions back");
    assertEquals("Storm closes main port for two weeks", versions.get(versions.size() - 1).getHeadline());
  }
}
