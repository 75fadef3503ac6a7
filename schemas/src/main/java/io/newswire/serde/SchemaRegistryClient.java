package io.newswire.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of the Confluent Schema Registry REST API: register, look up by id, with caches so that
 * each schema costs one request per process. Works against Confluent's registry and newswire's
 * embedded one alike. Thread-safe.
 *
 * <p>Outages are retried with exponential backoff up to {@code maxRetryTime}; refusals (4xx) are not.
 */
public class SchemaRegistryClient {
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Logger log = LoggerFactory.getLogger(SchemaRegistryClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, SchemaRegistryClient> SHARED = new ConcurrentHashMap<>();

  private final String baseUrl;
  private final HttpClient http;
  private final Duration maxRetryTime;
  private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();
  private final Map<String, Map<Schema, Integer>> idBySubject = new ConcurrentHashMap<>();

  public SchemaRegistryClient(String baseUrl) {
    this(baseUrl, Duration.ofSeconds(60));
  }

  public SchemaRegistryClient(String baseUrl, Duration maxRetryTime) {
    this.baseUrl = stripSlash(baseUrl);
    this.maxRetryTime = maxRetryTime;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * One client (and cache) per registry URL and process, as serializers are created per task.
   * A {@code mem://name} URL gives an in-process registry (for TopologyTestDriver tests, like
   * Confluent's {@code mock://}).
   */
  public static SchemaRegistryClient shared(String baseUrl) {
    return SHARED.computeIfAbsent(stripSlash(baseUrl),
        url -> url.startsWith(InMemorySchemaRegistryClient.SCHEME) ? new InMemorySchemaRegistryClient(url) : new SchemaRegistryClient(url));
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Registers the schema under the subject (idempotent) and returns its global id. */
  public int register(String subject, Schema schema) {
    Integer cached = idBySubject.getOrDefault(subject, Map.of()).get(schema);
    if (cached != null) {
      return cached;
    }
    ObjectNode body = JSON.createObjectNode().put("schema", schema.toString());
    JsonNode answer = call("POST", "/subjects/" + encode(subject) + "/versions", body);
    int id = answer.path("id").asInt(-1);
    if (id < 0) {
      throw new SchemaRegistryException(200, -1, "registry answered without an id: " + answer);
    }
    idBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, id);
    byId.putIfAbsent(id, schema);
    return id;
  }

  /** The schema with this global id; throws with error code 40403 when the registry has none. */
  public Schema getById(int id) {
    Schema cached = byId.get(id);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = call("GET", "/schemas/ids/" + id, null);
    String type = answer.path("schemaType").asText("AVRO");
    if (!"AVRO".equals(type)) {
      throw new SchemaRegistryException(200, -1, "schema id " + id + " is " + type + ", not AVRO");
    }
    Schema schema = new Schema.Parser().parse(answer.path("schema").asText());
    byId.putIfAbsent(id, schema);
    return schema;
  }

  /** Looks up the version of an already registered schema; empty answer when it is not there. */
  public JsonNode lookup(String subject, Schema schema) {
    return call("POST", "/subjects/" + encode(subject), JSON.createObjectNode().put("schema", schema.toString()));
  }

  /** Asks whether the schema could be registered under the subject now. */
  public boolean isCompatible(String subject, Schema schema) {
    JsonNode answer = call("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
        JSON.createObjectNode().put("schema", schema.toString()));
    return answer.path("is_compatible").asBoolean(false);
  }

  /** Any GET of the REST API, answered as JSON (used by tools and tests). */
  public JsonNode get(String path) {
    return call("GET", path, null);
  }

  JsonNode call(String method, String path, JsonNode body) {
    long deadline = System.nanoTime() + maxRetryTime.toNanos();
    long backoffMs = 100;
    while (true) {
      try {
        return once(method, path, body);
      } catch (SchemaRegistryException e) {
        if (!e.isRetriable() || System.nanoTime() + backoffMs * 1_000_000 > deadline) {
          throw e;
        }
        log.warn("schema registry {} unavailable ({}); retrying in {} ms", baseUrl, e.getMessage(), backoffMs);
        try {
          Thread.sleep(backoffMs);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
        backoffMs = Math.min(backoffMs * 2, 5_000);
      }
    }
  }

  private JsonNode once(String method, String path, JsonNode body) {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(15))
        .header("Accept", CONTENT_TYPE + ", application/json");
    if (body != null) {
      req.header("Content-Type", CONTENT_TYPE)
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    } else {
      req.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> resp;
    try {
      resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SchemaRegistryException("schema registry " + baseUrl + " unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException("interrupted while calling schema registry " + baseUrl, e);
    }
    JsonNode json;
    try {
      json = resp.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(resp.body());
    } catch (IOException e) {
      throw new SchemaRegistryException(resp.statusCode(), -1,
          method + " " + path + " answered with a body that is not JSON: " + abbreviate(resp.body()));
    }
    if (resp.statusCode() >= 300) {
      throw new SchemaRegistryException(resp.statusCode(), json.path("error_code").asInt(resp.statusCode()),
          method + " " + path + ": " + json.path("message").asText(abbreviate(resp.body())));
    }
    return json;
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
