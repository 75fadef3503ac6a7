package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.cli.Input;
import io.newswire.cli.Publisher;
import io.newswire.dashboard.DashboardService;
import io.newswire.schema.EntityTrend;
import io.newswire.serde.AvroDeserializer;
import io.newswire.serde.SchemaRegistryClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The dashboard's HTTP API on the real embedded broker, with two dashboard instances sharing the
 * work (one partition each): whichever instance is asked answers for the whole wire, the keys it
 * does not hold fetched from the other through the Streams metadata. The bundled samples go through
 * ingest and enrich first, so the answers are about the real seed dispatch.
 */
@Tag("kafka")
class DashboardIntegrationTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static LocalStack stack;
  static DashboardService a;
  static DashboardService b;

  @BeforeAll
  static void start() throws Exception {
    LocalStack.Options o = LocalStack.Options.ephemeral();
    stack = LocalStack.start(o);
    a = LocalDashboard.start(stack, Files.createTempDirectory(o.dataDir(), "a"), "127.0.0.1", 0);
    b = LocalDashboard.start(stack, Files.createTempDirectory(o.dataDir(), "b"), "127.0.0.1", 0);
    Publisher.send(stack.bootstrapServers(), stack.topics().raw(), Input.samples());
    // Both instances answer for all four samples once the group has settled and the events are in.
    awaitJson(a, "/api/articles?limit=10", n -> n.size() == 4);
    awaitJson(b, "/api/articles?limit=10", n -> n.size() == 4);
  }

  @AfterAll
  static void stop() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  static HttpResponse<String> get(DashboardService d, String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(d.url() + pathAndQuery.substring(1))).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(DashboardService d, String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(d, pathAndQuery);
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return JSON.readTree(r.body());
  }

  /** Polls until the answer satisfies {@code ok} (stores fill and the group rebalances asynchronously). */
  static JsonNode awaitJson(DashboardService d, String pathAndQuery, java.util.function.Predicate<JsonNode> ok) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get(d, pathAndQuery);
      if (r.statusCode() == 200) {
        last = JSON.readTree(r.body());
        if (ok.test(last)) {
          return last;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError(pathAndQuery + " never satisfied the condition; last answer " + last);
  }

  static String pezeshkianId() throws Exception {
    for (JsonNode art : json(a, "/api/articles?lang=ar&limit=10")) {
      for (JsonNode e : art.get("entities")) {
        if (e.get("name").asText().equals("Masoud Pezeshkian")) {
          return e.get("id").asText();
        }
      }
    }
    throw new AssertionError("no article names Masoud Pezeshkian");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void bothInstancesAnswerForTheWholeWireNewestFirst() throws Exception {
    JsonNode fromA = json(a, "/api/articles?limit=10");
    JsonNode fromB = json(b, "/api/articles?limit=10");
    assertEquals(fromA, fromB);
    List<String> ids = new ArrayList<>();
    long previous = Long.MAX_VALUE;
    for (JsonNode art : fromA) {
      ids.add(art.get("id").asText());
      assertTrue(art.get("time").asLong() <= previous, "newest first");
      previous = art.get("time").asLong();
    }
    assertTrue(ids.containsAll(List.of("mehr-ar-pezeshkian-qatar", "ap-en-port-reopens", "irna-fa-rainfall",
        "spa-ar-health-campaign")), ids.toString());
    JsonNode persian = json(b, "/api/articles?lang=fa");
    assertEquals(1, persian.size());
    assertEquals("irna-fa-rainfall", persian.get(0).get("id").asText());
    assertEquals(2, json(a, "/api/articles?lang=ar").size());
    assertEquals(1, json(a, "/api/articles?limit=1").size());
    JsonNode seed = json(a, "/api/articles?lang=ar&entity=" + enc(pezeshkianId()));
    assertEquals("mehr-ar-pezeshkian-qatar", seed.get(0).get("id").asText());
  }

  @Test
  void hisQuotesComeFromWhicheverInstanceHoldsTheSeed() throws Exception {
    String id = pezeshkianId();
    for (DashboardService d : List.of(a, b)) {
      JsonNode quotes = json(d, "/api/quotes?speaker=" + enc(id) + "&limit=100");
      assertEquals(8, quotes.size(), "the seed's gold: Masoud Pezeshkian is quoted directly 8 times");
      for (JsonNode q : quotes) {
        assertEquals("DIRECT", q.get("quote").get("kind").asText());
        assertEquals(id, q.get("quote").get("speakerId").asText());
        assertEquals("mehr-ar-pezeshkian-qatar", q.get("articleId").asText());
      }
      JsonNode all = json(d, "/api/quotes?speaker=" + enc(id) + "&kind=ALL&limit=100");
      assertTrue(all.size() > 8, "his reported speech too");
    }
  }

  @Test
  void trendsAndTheEntityPageAreTheSameFromEitherInstance() throws Exception {
    String id = pezeshkianId();
    for (DashboardService d : List.of(a, b)) {
      JsonNode top = awaitJson(d, "/api/entities/top?window=PT1H&type=PERSON&limit=50",
          n -> n.findValues("entityId").stream().anyMatch(v -> v.asText().equals(id)));
      JsonNode him = null;
      for (JsonNode t : top) {
        assertEquals("PERSON", t.get("type").asText());
        if (t.get("entityId").asText().equals(id)) {
          him = t;
        }
      }
      assertEquals(1, him.get("articles").asInt());
      assertTrue(him.get("mentions").asInt() >= 8, "named at least once per quote of his");
      assertEquals(24, him.get("series").size());
      assertEquals(1, him.get("series").get(23).get("articles").asInt());

      JsonNode page = json(d, "/api/entities/" + enc(id));
      assertEquals("Masoud Pezeshkian", page.get("name").asText());
      assertEquals("PERSON", page.get("type").asText());
      assertEquals("mehr-ar-pezeshkian-qatar", page.get("articles").get(0).get("id").asText());
      assertEquals(2, page.get("trends").size(), "1 h and 24 h, from the instance holding his key");
      assertEquals(1, page.get("trends").get(0).get("articles").asInt());
    }
    assertEquals(400, get(a, "/api/entities/top?window=PT2H").statusCode());
    assertEquals(400, get(a, "/api/articles?limit=0").statusCode());
  }

  @Test
  void trendsArePublishedOnTheirTopic() throws Exception {
    String id = pezeshkianId();
    AvroDeserializer<EntityTrend> reader = new AvroDeserializer<>(EntityTrend.class, new SchemaRegistryClient(stack.registryUrl()));
    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readUntil(stack.bootstrapServers(), DashboardService.DEFAULT_TRENDS_TOPIC,
        rs -> rs.stream().anyMatch(r -> new String(r.key(), StandardCharsets.UTF_8).startsWith(id + "|PT24H|")), Duration.ofSeconds(60));
    EntityTrend t = records.stream().filter(r -> new String(r.key(), StandardCharsets.UTF_8).startsWith(id + "|PT24H|"))
        .map(r -> reader.deserialize(r.topic(), r.value())).reduce((x, y) -> y).orElseThrow();
    assertEquals("Masoud Pezeshkian", t.getName());
    assertEquals(1, t.getArticles());
    assertEquals(Duration.ofHours(24).toMillis(), t.getWindowEnd().toEpochMilli() - t.getWindowStart().toEpochMilli());
  }

  @Test
  @Timeout(180) // an endless stream: a hang must fail the test, not stall the build
  void theStreamSendsANewArticleAsItArrives() throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    // The endless stream is read on a thread of its own: with sendAsync(...).thenAccept the reading ran on
    // this thread whenever the response's headers had come before thenAccept was attached, and never ended.
    Thread reader = new Thread(() -> {
      try {
        HTTP.send(HttpRequest.newBuilder(URI.create(b.url() + "api/stream")).build(), HttpResponse.BodyHandlers.ofLines())
            .body().forEach(lines::add);
      } catch (IOException | InterruptedException e) {
        // the stream ends with the stack after the test; the assertions below say what was missing
      }
    }, "api-stream-reader");
    reader.setDaemon(true);
    reader.start();
    assertEquals(": connected", lines.poll(30, TimeUnit.SECONDS));
    String dispatch = "Dockworkers end strike at Beirut port as wage talks resume\n"
        + "BEIRUT (AP) — Dockworkers at the city's main port ended a two-day strike on Thursday, union leader "
        + "Karim Haddad said. \"We are going back to work while the talks go on,\" Haddad told reporters.\n";
    Publisher.send(stack.bootstrapServers(), stack.topics().raw(),
        List.of(new Input("ap-en-dock-strike", dispatch.getBytes(StandardCharsets.UTF_8), Map.of("source", "test"))));
    String article = null;
    boolean trends = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && (article == null || !trends)) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null && line.startsWith("data: ") && line.contains("\"ap-en-dock-strike\"")) {
        article = line;
      }
      trends |= line != null && line.equals("event: trends");
    }
    assertTrue(article != null, "the new article came down the stream");
    assertTrue(JSON.readTree(article.substring("data: ".length())).get("headline").asText().startsWith("Dockworkers end strike"));
    assertTrue(trends, "and a trends change after it");

    assertEquals(200, get(a, "/health").statusCode());
    assertEquals(200, get(a, "/ready").statusCode());
    assertTrue(get(a, "/metrics").body().contains("newswire_dashboard_api_seconds"));
    HttpResponse<String> page = get(a, "/");
    assertTrue(page.body().contains("<script src=\"/static/app.js\">"));
    assertEquals(404, get(a, "/static/../pom.xml").statusCode());
  }
}
