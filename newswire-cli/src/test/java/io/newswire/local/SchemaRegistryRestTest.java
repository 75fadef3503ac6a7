package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.registry.EmbeddedSchemaRegistry;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.ParsedArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The embedded registry against the Confluent REST API, over HTTP, on a real embedded broker. */
@Tag("kafka")
class SchemaRegistryRestTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String V1 = "application/vnd.schemaregistry.v1+json";
  static Path dir;
  static EmbeddedKafka kafka;
  static EmbeddedSchemaRegistry registry;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("registry-test-");
    kafka = EmbeddedKafka.start(dir, "127.0.0.1", 0);
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), "127.0.0.1", 0, "_schemas");
  }

  @AfterAll
  static void stop() {
    registry.close();
    kafka.close();
    LocalStack.deleteRecursively(dir);
  }

  record Answer(int status, String contentType, JsonNode body) {}

  static Answer call(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(registry.url() + path)).header("Content-Type", V1);
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
  }

  static String schemaBody(org.apache.avro.Schema s) {
    return JSON.createObjectNode().put("schema", s.toString()).toString();
  }

  @Test
  void registerLookUpListAndCheckCompatibility() throws Exception {
    Answer reg = call("POST", "/subjects/news.article.parsed-value/versions", schemaBody(ParsedArticle.getClassSchema()));
    assertEquals(200, reg.status());
    assertEquals(V1, reg.contentType());
    int id = reg.body().get("id").asInt();

    // idempotent: the same schema again gets the same id
    assertEquals(id, call("POST", "/subjects/news.article.parsed-value/versions", schemaBody(ParsedArticle.getClassSchema())).body().get("id").asInt());

    Answer byId = call("GET", "/schemas/ids/" + id, null);
    assertEquals(ParsedArticle.getClassSchema(), new org.apache.avro.Schema.Parser().parse(byId.body().get("schema").asText()));

    assertTrue(call("GET", "/subjects", null).body().toString().contains("news.article.parsed-value"));
    assertEquals("[1]", call("GET", "/subjects/news.article.parsed-value/versions", null).body().toString());
    Answer latest = call("GET", "/subjects/news.article.parsed-value/versions/latest", null);
    assertEquals(1, latest.body().get("version").asInt());
    assertEquals(id, latest.body().get("id").asInt());
    assertEquals(id, call("GET", "/subjects/news.article.parsed-value/versions/1", null).body().get("id").asInt());

    Answer lookup = call("POST", "/subjects/news.article.parsed-value", schemaBody(ParsedArticle.getClassSchema()));
    assertEquals(200, lookup.status());
    assertEquals(1, lookup.body().get("version").asInt());

    // A schema with a new optional field is BACKWARD compatible; a new required one is not.
    String compatible = ParsedArticle.getClassSchema().toString().replaceFirst("\\{\"name\":\"id\"",
        "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"id\"");
    String incompatible = ParsedArticle.getClassSchema().toString().replaceFirst("\\{\"name\":\"id\"",
        "{\"name\":\"note\",\"type\":\"string\"},{\"name\":\"id\"");
    assertTrue(call("POST", "/compatibility/subjects/news.article.parsed-value/versions/latest",
        JSON.createObjectNode().put("schema", compatible).toString()).body().get("is_compatible").asBoolean());
    assertFalse(call("POST", "/compatibility/subjects/news.article.parsed-value/versions/latest",
        JSON.createObjectNode().put("schema", incompatible).toString()).body().get("is_compatible").asBoolean());
    Answer refused = call("POST", "/subjects/news.article.parsed-value/versions",
        JSON.createObjectNode().put("schema", incompatible).toString());
    assertEquals(409, refused.status());
    assertEquals(409, refused.body().get("error_code").asInt());
    Answer v2 = call("POST", "/subjects/news.article.parsed-value/versions", JSON.createObjectNode().put("schema", compatible).toString());
    assertEquals(200, v2.status());
    assertEquals("[1,2]", call("GET", "/subjects/news.article.parsed-value/versions", null).body().toString());
  }

  @Test
  void confluentErrorJsonForWhatDoesNotExist() throws Exception {
    Answer noSchema = call("GET", "/schemas/ids/987654", null);
    assertEquals(404, noSchema.status());
    assertEquals(40403, noSchema.body().get("error_code").asInt());
    assertTrue(noSchema.body().get("message").asText().length() > 0);
    Answer noSubject = call("GET", "/subjects/nope-value/versions", null);
    assertEquals(40401, noSubject.body().get("error_code").asInt());
    Answer badSchema = call("POST", "/subjects/x-value/versions", "{\"schema\":\"{not avro\"}");
    assertEquals(422, badSchema.status());
    assertEquals(42201, badSchema.body().get("error_code").asInt());
  }

  @Test
  void globalAndSubjectConfig() throws Exception {
    assertEquals("BACKWARD", call("GET", "/config", null).body().get("compatibilityLevel").asText());
    assertEquals(40408, call("GET", "/config/cfg-value", null).body().get("error_code").asInt());
    assertEquals("FULL", call("PUT", "/config/cfg-value", "{\"compatibility\":\"FULL\"}").body().get("compatibility").asText());
    assertEquals("FULL", call("GET", "/config/cfg-value", null).body().get("compatibilityLevel").asText());
    assertEquals(422, call("PUT", "/config", "{\"compatibility\":\"SOMETIMES\"}").status());
  }

  @Test
  void restartKeepsEveryIdBecauseTheTopicIsTheStore() throws Exception {
    int id = call("POST", "/subjects/news.article.enriched-value/versions", schemaBody(EnrichedArticle.getClassSchema()))
        .body().get("id").asInt();
    call("PUT", "/config/news.article.enriched-value", "{\"compatibility\":\"FULL_TRANSITIVE\"}");
    registry.close();
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), "127.0.0.1", 0, "_schemas");
    assertEquals(EnrichedArticle.getClassSchema(),
        new org.apache.avro.Schema.Parser().parse(call("GET", "/schemas/ids/" + id, null).body().get("schema").asText()));
    assertEquals("FULL_TRANSITIVE", call("GET", "/config/news.article.enriched-value", null).body().get("compatibilityLevel").asText());
    // a new schema after restart gets a fresh id, never a reused one
    int next = call("POST", "/subjects/other-value/versions", "{\"schema\":\"\\\"string\\\"\"}").body().get("id").asInt();
    assertTrue(next > id, "id " + next + " must be above " + id);
  }

  @Test
  void openAnswersOnceItsTopicIsReadAndKeepsTheIds() throws Exception {
    int id = call("POST", "/subjects/opened-value/versions", schemaBody(EnrichedArticle.getClassSchema()))
        .body().get("id").asInt();
    registry.close();
    // open() returns with the port bound; the first request waits for the replay instead of missing the id
    registry = EmbeddedSchemaRegistry.open(kafka.bootstrapServers(), "127.0.0.1", 0, "_schemas");
    Answer lookup = call("POST", "/subjects/opened-value", schemaBody(EnrichedArticle.getClassSchema()));
    assertEquals(200, lookup.status(), lookup.body().toString());
    assertEquals(id, lookup.body().get("id").asInt());
    assertEquals(1, lookup.body().get("version").asInt());
  }

  @Test
  void aReplayThatCannotReachKafkaIsAnOutageNotAnEmptyRegistry() throws Exception {
    // a bootstrap address Kafka's clients refuse: the replay fails, and every request says so with a 5xx
    // (which clients retry), never with an empty registry's 404
    try (EmbeddedSchemaRegistry broken = EmbeddedSchemaRegistry.open("127.0.0.1:no-port", "127.0.0.1", 0, "_schemas")) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(broken.url() + "/subjects")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(500, r.statusCode(), r.body());
      int code = JSON.readTree(r.body()).get("error_code").asInt();
      assertEquals(50001, code, r.body());
    }
  }
}
