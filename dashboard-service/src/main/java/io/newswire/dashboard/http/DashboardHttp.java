package io.newswire.dashboard.http;

import static io.newswire.runtime.StreamsService.respond;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.newswire.dashboard.topology.JsonSerde;
import io.newswire.runtime.PipelineMetrics;
import io.newswire.runtime.StreamsService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's one HTTP port: the page and its files from the jar ({@code /}, {@code /static/*}),
 * the JSON API ({@code /api/...}), the live stream ({@code /api/stream}), and {@code /health},
 * {@code /ready}, {@code /metrics} as every newswire service serves them.
 */
public final class DashboardHttp {
  private static final Logger log = LoggerFactory.getLogger(DashboardHttp.class);
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");
  private static final Map<String, Timer> TIMERS = new ConcurrentHashMap<>();

  private final DashboardApi api;
  private final LiveEvents live;
  private final StreamsService service;

  public DashboardHttp(DashboardApi api, LiveEvents live, StreamsService service) {
    this.api = api;
    this.live = live;
    this.service = service;
  }

  public void register(HttpServer http) {
    http.createContext("/", this::page);
    http.createContext("/api/", this::api);
    http.createContext("/api/stream", this::stream);
    http.createContext("/health", ex -> respond(ex, service.healthy() ? 200 : 503, stateJson(), "application/json"));
    http.createContext("/ready", ex -> respond(ex, service.ready() ? 200 : 503, stateJson(), "application/json"));
    http.createContext("/metrics", ex -> respond(ex, 200, PipelineMetrics.prometheus().scrape(),
        "text/plain; version=0.0.4; charset=utf-8"));
  }

  private String stateJson() {
    return "{\"service\":\"dashboard-service\",\"state\":\"" + service.state() + "\"}";
  }

  private void page(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String file = path.equals("/") ? "index.html" : path.startsWith("/static/") ? path.substring("/static/".length()) : null;
    if (file == null || file.contains("..") || file.contains("/")) {
      respond(ex, 404, "{\"error\":\"not found\"}", "application/json");
      return;
    }
    try (InputStream in = DashboardHttp.class.getResourceAsStream("/dashboard/" + file)) {
      if (in == null) {
        respond(ex, 404, "{\"error\":\"not found\"}", "application/json");
        return;
      }
      String ext = file.substring(file.lastIndexOf('.') + 1);
      byte[] body = in.readAllBytes();
      ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      ex.getResponseHeaders().set("Cache-Control", "no-cache");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void api(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    Map<String, String> q = query(ex.getRequestURI().getRawQuery());
    String endpoint;
    Timer.Sample sample = Timer.start(Metrics.globalRegistry);
    try {
      Object body;
      if (path.equals("/api/articles")) {
        endpoint = "articles";
        body = api.articles(q);
      } else if (path.equals("/api/quotes")) {
        endpoint = "quotes";
        body = api.quotes(q);
      } else if (path.equals("/api/entities/top")) {
        endpoint = "entities-top";
        body = api.top(q);
      } else if (path.startsWith("/api/entities/") && path.length() > "/api/entities/".length()) {
        endpoint = "entity";
        String id = URLDecoder.decode(ex.getRequestURI().getRawPath().substring("/api/entities/".length()), StandardCharsets.UTF_8);
        body = api.entity(id, q);
      } else {
        respond(ex, 404, "{\"error\":\"no such endpoint\"}", "application/json");
        return;
      }
      respond(ex, 200, JsonSerde.MAPPER.writeValueAsString(body), "application/json; charset=utf-8");
      sample.stop(TIMERS.computeIfAbsent(endpoint, e -> Timer.builder("newswire.dashboard.api")
          .tag("endpoint", e).publishPercentiles(0.5, 0.99).register(Metrics.globalRegistry)));
    } catch (DashboardApi.BadRequest e) {
      respond(ex, 400, error(e.getMessage()), "application/json");
    } catch (InvalidStateStoreException e) {
      // Rebalancing or restoring: the stores come back by themselves; the page retries.
      respond(ex, 503, error("stores not ready: " + e.getMessage()), "application/json");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      respond(ex, 503, error("interrupted"), "application/json");
    } catch (IOException | RuntimeException e) {
      log.warn("{} failed", path, e);
      respond(ex, 502, error(e.toString()), "application/json");
    }
  }

  private void stream(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    ex.sendResponseHeaders(200, 0);
    BlockingQueue<String> q = live.subscribe();
    try (OutputStream out = ex.getResponseBody()) {
      out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      while (true) {
        String frame = q.poll(15, TimeUnit.SECONDS);
        out.write((frame == null ? ": keep-alive\n\n" : frame).getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (frame != null && frame.startsWith("event: overflow")) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      live.unsubscribe(q);
    }
  }

  static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.put(k, v);
    }
    return q;
  }

  private static String error(String message) {
    try {
      return JsonSerde.MAPPER.writeValueAsString(Map.of("error", String.valueOf(message)));
    } catch (IOException e) {
      return "{\"error\":\"?\"}";
    }
  }
}
