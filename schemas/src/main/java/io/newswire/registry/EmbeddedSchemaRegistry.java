package io.newswire.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry that speaks the part of the Confluent Schema Registry REST API that Confluent's
 * serializers and deserializers (Java, Python, Go, .NET) use, stored in a compacted Kafka topic.
 * For the local stack and tests; production runs Confluent's registry (see docker-compose.yml).
 *
 * <pre>
 * POST /subjects/{s}/versions              register            GET /schemas/ids/{id}[/versions]
 * GET  /subjects                           list subjects       GET /subjects/{s}/versions
 * GET  /subjects/{s}/versions/{v|latest}[/schema]              POST /subjects/{s}   (lookup)
 * POST /compatibility/subjects/{s}/versions/{v|latest}         GET|PUT /config[/{s}]
 * </pre>
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {
  public static final String DEFAULT_TOPIC = "_schemas";
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How long a request waits for the registry topic's replay before it is answered with an outage (retried by clients). */
  private static final long LOAD_WAIT_SECONDS = 30;

  private final CompletableFuture<SchemaStore> loading;
  private final HttpServer server;
  private final ExecutorService executor;

  private EmbeddedSchemaRegistry(CompletableFuture<SchemaStore> loading, HttpServer server, ExecutorService executor) {
    this.loading = loading;
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a registry on host:port (port 0 picks a free one), storing schemas in {@code topic} on the
   * Kafka cluster at {@code bootstrapServers}; replays the topic first, so restarts keep every id.
   */
  public static EmbeddedSchemaRegistry start(String bootstrapServers, String host, int port, String topic)
      throws IOException {
    EmbeddedSchemaRegistry registry = open(bootstrapServers, host, port, topic);
    try {
      registry.loading.join();
    } catch (CompletionException e) {
      registry.close();
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    return registry;
  }

  /**
   * Like {@link #start}, but returns as soon as the port is bound: the topic is replayed on a thread of
   * its own and each request waits until it is (a restarted local stack starts its services meanwhile
   * instead of after the replay). A replay that fails answers every request with error 50001.
   */
  public static EmbeddedSchemaRegistry open(String bootstrapServers, String host, int port, String topic)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
    CompletableFuture<SchemaStore> loading = CompletableFuture.supplyAsync(() -> new SchemaStore(bootstrapServers, topic),
        task -> {
          Thread t = new Thread(task, "schema-registry-load");
          t.setDaemon(true);
          t.start();
        });
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "schema-registry-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(loading, server, executor);
    server.createContext("/", registry::handle);
    server.start();
    log.info("schema registry listening on {}", registry.url());
    return registry;
  }

  /** The store once the topic is replayed; an outage (5xx, which clients retry) until then. */
  private SchemaStore store() {
    try {
      return loading.get(LOAD_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new RegistryError(500, 50002, "Operation timed out: the registry is still reading its topic");
    } catch (ExecutionException e) {
      throw new RegistryError(500, 50001, "Error in the backend data store: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryError(500, 50001, "Interrupted while reading the registry topic");
    }
  }

  public String url() {
    InetSocketAddress a = server.getAddress();
    return "http://" + a.getHostString() + ":" + a.getPort();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      JsonNode answer;
      int status = 200;
      try {
        answer = route(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), ex.getRequestBody());
      } catch (RegistryError e) {
        status = e.status;
        answer = JSON.createObjectNode().put("error_code", e.errorCode).put("message", e.getMessage());
      } catch (RuntimeException e) {
        log.error("registry request {} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
        status = 500;
        answer = JSON.createObjectNode().put("error_code", 50001).put("message", "Error in the backend data store: " + e);
      }
      byte[] body = JSON.writeValueAsBytes(answer);
      ex.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      ex.sendResponseHeaders(status, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private JsonNode route(String method, String rawPath, InputStream body) throws IOException {
    SchemaStore store = store();
    String[] p = segments(rawPath);
    if (p.length == 0) {
      return JSON.createObjectNode();
    }
    switch (p[0]) {
      case "subjects" -> {
        if (p.length == 1 && method.equals("GET")) {
          ArrayNode a = JSON.createArrayNode();
          store.subjects().stream().sorted().forEach(a::add);
          return a;
        }
        String subject = p.length > 1 ? p[1] : null;
        if (p.length == 2 && method.equals("POST")) {
          Schema schema = schemaFrom(body);
          SchemaStore.Version v = store.find(subject, schema).orElseThrow(() -> {
            store.versions(subject); // 40401 when the subject does not exist at all
            return RegistryError.schemaNotFound();
          });
          return versionJson(store, v);
        }
        if (p.length == 3 && p[2].equals("versions") && method.equals("GET")) {
          ArrayNode a = JSON.createArrayNode();
          store.versions(subject).forEach(v -> a.add(v.version()));
          return a;
        }
        if (p.length == 3 && p[2].equals("versions") && method.equals("POST")) {
          return JSON.createObjectNode().put("id", store.register(subject, schemaFrom(body)));
        }
        if (p.length == 4 && p[2].equals("versions") && method.equals("GET")) {
          return versionJson(store, store.version(subject, p[3]));
        }
        if (p.length == 5 && p[2].equals("versions") && p[4].equals("schema") && method.equals("GET")) {
          return JSON.readTree(store.schemaOf(store.version(subject, p[3])).toString());
        }
      }
      case "schemas" -> {
        if (p.length >= 3 && p[1].equals("ids") && method.equals("GET")) {
          int id = parseId(p[2]);
          Schema schema = store.byId(id).orElseThrow(RegistryError::schemaNotFound);
          if (p.length == 3) {
            return JSON.createObjectNode().put("schema", schema.toString());
          }
          if (p.length == 4 && p[3].equals("versions")) {
            ArrayNode a = JSON.createArrayNode();
            store.idUsage(id).forEach(v -> a.addObject().put("subject", v.subject()).put("version", v.version()));
            return a;
          }
          if (p.length == 4 && p[3].equals("schema")) {
            return JSON.readTree(schema.toString());
          }
        }
        if (p.length == 2 && p[1].equals("types") && method.equals("GET")) {
          return JSON.createArrayNode().add("AVRO");
        }
      }
      case "compatibility" -> {
        if (p.length == 5 && p[1].equals("subjects") && p[3].equals("versions") && method.equals("POST")) {
          return JSON.createObjectNode().put("is_compatible", store.isCompatible(p[2], p[4], schemaFrom(body)));
        }
      }
      case "config" -> {
        String subject = p.length > 1 ? p[1] : null;
        if (method.equals("GET")) {
          if (subject == null) {
            return JSON.createObjectNode().put("compatibilityLevel", store.compatibility(null).name());
          }
          Optional<Compatibility> level = store.subjectCompatibility(subject);
          if (level.isEmpty()) {
            throw new RegistryError(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
          }
          return JSON.createObjectNode().put("compatibilityLevel", level.get().name());
        }
        if (method.equals("PUT")) {
          JsonNode req = JSON.readTree(body);
          Compatibility level = Compatibility.parse(req.path("compatibility").asText(null));
          store.setCompatibility(subject, level);
          return JSON.createObjectNode().put("compatibility", level.name());
        }
      }
      default -> { }
    }
    throw new RegistryError(404, 404, "HTTP 404 Not Found: " + method + " " + rawPath);
  }

  private static Schema schemaFrom(InputStream body) throws IOException {
    JsonNode req;
    try {
      req = JSON.readTree(body);
    } catch (IOException e) {
      throw new RegistryError(422, 42201, "Invalid schema: request body is not JSON");
    }
    if (req == null || !req.hasNonNull("schema")) {
      throw new RegistryError(422, 42201, "Invalid schema: request has no 'schema'");
    }
    String type = req.path("schemaType").asText("AVRO");
    if (!type.equals("AVRO")) {
      throw new RegistryError(422, 42201, "Invalid schema: only AVRO is supported, not " + type);
    }
    if (req.has("references") && req.get("references").size() > 0) {
      throw new RegistryError(422, 42201, "Invalid schema: schema references are not supported");
    }
    return SchemaStore.parse(req.get("schema").asText());
  }

  private static ObjectNode versionJson(SchemaStore store, SchemaStore.Version v) {
    return JSON.createObjectNode().put("subject", v.subject()).put("version", v.version()).put("id", v.id())
        .put("schema", store.schemaOf(v).toString());
  }

  private static int parseId(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw RegistryError.schemaNotFound();
    }
  }

  private static String[] segments(String rawPath) {
    return java.util.Arrays.stream(rawPath.split("/"))
        .filter(s -> !s.isEmpty())
        .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8))
        .toArray(String[]::new);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    // A replay still running finishes on its own (daemon) thread; its store is closed when it does.
    loading.thenAccept(SchemaStore::close);
  }
}
