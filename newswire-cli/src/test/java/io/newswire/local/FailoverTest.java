package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.cli.Input;
import io.newswire.cli.Newswire;
import io.newswire.cli.SyntheticDispatches;
import io.newswire.enrich.EnrichService;
import io.newswire.ingest.IngestService;
import io.newswire.registry.EmbeddedSchemaRegistry;
import io.newswire.runtime.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scale-out and failover: two ingest and two enrich instances, each its own JVM started the way the
 * Docker image starts them ({@code newswire run ingest|enrich}), share six partitions while
 * dispatches keep arriving. One instance of each is killed with SIGKILL; the survivor must take over
 * its partitions (measured as the time until the group's committed position moves again on every
 * partition the dead instance had), then the dead ones come back and the others are restarted one by
 * one. Every input id must come out exactly once under read_committed.
 */
@Tag("kafka")
class FailoverTest {
  static final int DISPATCHES = 5000;
  static final int PARTITIONS = 6;
  static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** One service instance in a child JVM, with its own instance id, state directory and HTTP port. */
  final class Instance {
    final String service;
    final String id;
    final int port = EmbeddedKafka.freePort();
    ChildJvm jvm;

    Instance(String service, String id) {
      this.service = service;
      this.id = id;
    }

    void start() throws Exception {
      jvm = ChildJvm.start(id, Newswire.class, env, log, "run", service, "--instance-id", id,
          "--state-dir", dir.resolve("state-" + id).toString(), "--http-port", Integer.toString(port),
          "--no-create-topics");
    }

    JsonNode health() {
      try {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
      } catch (Exception notYet) {
        return null;
      }
    }

    boolean running() {
      JsonNode h = health();
      return h != null && "RUNNING".equals(h.path("state").asText());
    }

    Set<TopicPartition> active() {
      Set<TopicPartition> out = new java.util.HashSet<>();
      JsonNode h = health();
      if (h != null) {
        h.path("active").forEach(p -> {
          String s = p.asText();
          int dash = s.lastIndexOf('-');
          out.add(new TopicPartition(s.substring(0, dash), Integer.parseInt(s.substring(dash + 1))));
        });
      }
      return out;
    }
  }

  Path dir;
  Path log;
  Map<String, String> env;

  @Test
  void survivorsTakeOverWithinSecondsAndEveryDispatchComesOutOnce() throws Exception {
    dir = Files.createTempDirectory("failover-test-");
    log = dir.resolve("instances.log");
    Topics topics = Topics.DEFAULT;
    List<Instance> all = new ArrayList<>();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, "127.0.0.1", 0);
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      topics.ensure(admin, PARTITIONS, (short) 1);
      try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), "127.0.0.1", 0, "_schemas")) {
        env = new HashMap<>(Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
            "SCHEMA_REGISTRY_URL", registry.url(),
            "NEWSWIRE_STANDBY_REPLICAS", "1"));
        Instance ingestA = new Instance("ingest", "ingest-a");
        Instance ingestB = new Instance("ingest", "ingest-b");
        Instance enrichA = new Instance("enrich", "enrich-a");
        Instance enrichB = new Instance("enrich", "enrich-b");
        all.addAll(List.of(ingestA, ingestB, enrichA, enrichB));
        for (Instance i : all) {
          i.start();
        }
        for (Instance i : all) {
          await(i::running, Duration.ofSeconds(120), i.id + " RUNNING");
        }

        List<Input> inputs = SyntheticDispatches.generate(DISPATCHES, 11, "failover-");
        AtomicInteger sent = new AtomicInteger();
        AtomicReference<Exception> producerError = new AtomicReference<>();
        CountDownLatch restartsDone = new CountDownLatch(1);
        Thread producer = new Thread(() -> produce(kafka.bootstrapServers(), topics.raw(), inputs, sent, producerError,
            restartsDone), "paced-producer");
        producer.setDaemon(true);
        producer.start();

        await(() -> sent.get() >= DISPATCHES / 6, Duration.ofSeconds(60), "first sixth sent");
        TopicReader.readUntil(kafka.bootstrapServers(), topics.enriched(), r -> r.size() >= 200, Duration.ofSeconds(90));
        assertTrue(sent.get() < DISPATCHES, "the kills must happen mid-stream");

        double ingestTakeover = killAndTimeTakeover(admin, ingestA, ingestB, IngestService.DEFAULT_APPLICATION_ID);
        double enrichTakeover = killAndTimeTakeover(admin, enrichA, enrichB, EnrichService.DEFAULT_APPLICATION_ID);
        int sentAtKills = sent.get();

        // The dead come back under the same instance ids and state directories ...
        for (Instance i : List.of(ingestA, enrichA)) {
          restart(i, false);
        }
        // ... and the others are restarted one at a time (SIGTERM, then start again).
        for (Instance i : List.of(ingestB, enrichB)) {
          restart(i, true);
        }
        int sentAtRollingEnd = sent.get();
        restartsDone.countDown();
        producer.join(Duration.ofMinutes(3).toMillis());
        assertFalse(producer.isAlive());
        if (producerError.get() != null) {
          throw producerError.get();
        }

        Map<String, Integer> enriched = countKeys(kafka.bootstrapServers(), topics.enriched());
        Map<String, Integer> parsed = countKeys(kafka.bootstrapServers(), topics.parsed());
        long lost = inputs.stream().filter(in -> !enriched.containsKey(in.id())).count();
        long duplicated = enriched.values().stream().filter(n -> n > 1).count();
        long parsedDuplicated = parsed.values().stream().filter(n -> n > 1).count();
        int out = enriched.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("failover test: %d dispatches, 2 ingest + 2 enrich instances (separate JVMs, %d partitions, "
                + "1 standby), 2 SIGKILLs (sent %d at the kills), takeover ingest %.1f s, enrich %.1f s, "
                + "2 restarts + rolling restart of 2 (sent %d by its end), %d enriched, lost %d, duplicated %d "
                + "(parsed duplicated %d)%n", DISPATCHES, PARTITIONS, sentAtKills, ingestTakeover, enrichTakeover,
            sentAtRollingEnd, out, lost, duplicated, parsedDuplicated);
        assertEquals(0, lost, "lost dispatches; see " + log);
        assertEquals(0, duplicated, "duplicated events; see " + log);
        assertEquals(DISPATCHES, out);
        assertEquals(0, parsedDuplicated, "duplicates on " + topics.parsed());
        assertTrue(ingestTakeover < TAKEOVER_LIMIT.toSeconds(), "ingest takeover " + ingestTakeover + " s");
        assertTrue(enrichTakeover < TAKEOVER_LIMIT.toSeconds(), "enrich takeover " + enrichTakeover + " s");
      } finally {
        for (Instance i : all) {
          if (i.jvm != null) {
            i.jvm.close();
          }
        }
      }
    } finally {
      LocalStack.deleteRecursively(dir);
    }
  }

  /** Starts the instance again (after a clean stop if {@code stopFirst}) and waits until it processes partitions again. */
  private static void restart(Instance i, boolean stopFirst) throws Exception {
    long t0 = System.nanoTime();
    if (stopFirst) {
      i.jvm.close();
    }
    i.start();
    await(() -> i.running() && !i.active().isEmpty(), Duration.ofSeconds(120), i.id + " back");
    System.out.printf("failover test: %s %s, processing %s again after %.1f s%n", i.id,
        stopFirst ? "stopped (SIGTERM) and restarted" : "restarted", i.active().size() + " partitions",
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * SIGKILLs {@code victim} and returns the seconds until the application's committed position has
   * moved on every input partition the victim was processing: only its new owner can move it.
   */
  private double killAndTimeTakeover(Admin admin, Instance victim, Instance survivor, String applicationId)
      throws Exception {
    Set<TopicPartition> owned = victim.active();
    assertFalse(owned.isEmpty(), victim.id + " owns no partition: " + victim.health());
    victim.jvm.kill();
    long t0 = System.nanoTime();
    // A commit the victim sent just before it died may still complete: look at the position only
    // once that has had time to land, and count the takeover from the kill.
    Thread.sleep(500);
    Map<TopicPartition, Long> before = committed(admin, applicationId, owned);
    await(() -> {
      Map<TopicPartition, Long> now = committed(admin, applicationId, owned);
      return owned.stream().allMatch(tp -> now.getOrDefault(tp, -1L) > before.getOrDefault(tp, -1L));
    }, Duration.ofSeconds(60), "takeover of " + owned + " from " + victim.id);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("failover test: %s killed (had %s); %s moved on there after %.1f s; it now has %s%n",
        victim.id, new TreeSet<>(owned.stream().map(TopicPartition::toString).toList()), survivor.id, seconds,
        new TreeSet<>(survivor.active().stream().map(TopicPartition::toString).toList()));
    return seconds;
  }

  private static Map<TopicPartition, Long> committed(Admin admin, String group, Set<TopicPartition> parts) {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, Long> out = new HashMap<>();
      parts.forEach(tp -> {
        OffsetAndMetadata o = offsets.get(tp);
        out.put(tp, o == null ? -1L : o.offset());
      });
      return out;
    } catch (Exception e) {
      return Map.of();
    }
  }

  /**
   * Sends the inputs at a steady pace (about 40 a second) so that the kills and restarts happen
   * mid-stream; keeps the last few hundred back until the restarts are over, then sends them at once.
   */
  private static void produce(String bootstrap, String topic, List<Input> inputs, AtomicInteger sent,
      AtomicReference<Exception> error, CountDownLatch restartsDone) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < inputs.size(); i++) {
        Input in = inputs.get(i);
        producer.send(new ProducerRecord<>(topic, in.id().getBytes(StandardCharsets.UTF_8), in.body()));
        if (i % 20 == 19 && restartsDone.getCount() > 0) {
          producer.flush();
          sent.set(i + 1);
          if (i + 1 >= inputs.size() - 500) {
            restartsDone.await();
          } else {
            Thread.sleep(500);
          }
        }
      }
      producer.flush();
      sent.set(inputs.size());
    } catch (Exception e) {
      error.set(e);
    }
  }

  private static Map<String, Integer> countKeys(String bootstrap, String topic) {
    Map<String, Integer> seen = new HashMap<>();
    TopicReader.readUntil(bootstrap, topic, r -> r.size() >= DISPATCHES, Duration.ofSeconds(240));
    // read on a little to catch a late duplicate
    TopicReader.readFor(bootstrap, topic, Duration.ofSeconds(3))
        .forEach(r -> seen.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum));
    return seen;
  }

  private static void await(java.util.function.BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(200);
    }
  }
}
