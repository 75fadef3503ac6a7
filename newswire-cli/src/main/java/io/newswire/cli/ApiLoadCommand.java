package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.json.PlainJson;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the dashboard's query API against a running dashboard (e.g. {@code ./newswire up} after
 * {@code ./newswire load --count 10000 --bootstrap …}): each endpoint asked {@code --requests} times
 * in turn by one client, latency percentiles reported. It measures; it asserts nothing.
 */
@Command(name = "api-load", mixinStandardHelpOptions = true,
    description = "Time the dashboard's JSON API (p50 / p99 / max per endpoint) against a running dashboard.")
final class ApiLoadCommand implements Callable<Integer> {
  @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/", description = "Dashboard base URL (default ${DEFAULT-VALUE}).")
  String url;

  @Option(names = "--requests", defaultValue = "500", description = "Timed requests per endpoint (default ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--warmup", defaultValue = "50", description = "Untimed requests per endpoint first (default ${DEFAULT-VALUE}).")
  int warmup;

  // HTTP/1.1: the default HTTP/2 upgrade attempt costs a delayed-ACK wait (~40 ms) per request on the JDK server.
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Override
  public Integer call() throws Exception {
    String base = url.endsWith("/") ? url : url + "/";
    JsonNode top = get(base + "api/entities/top?window=PT24H&limit=50");
    String entity = top.size() > 0 ? top.get(0).get("entityId").asText() : "none";
    String person = entity;
    for (JsonNode t : top) {
      if ("PERSON".equals(t.path("type").asText())) {
        person = t.get("entityId").asText();
        break;
      }
    }
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put("articles", "api/articles?limit=50");
    endpoints.put("articles lang=ar", "api/articles?lang=ar&limit=50");
    endpoints.put("articles entity=" + entity, "api/articles?limit=50&entity=" + enc(entity));
    endpoints.put("entities/top PT1H", "api/entities/top?window=PT1H&limit=20");
    endpoints.put("entities/top PT24H", "api/entities/top?window=PT24H&limit=20");
    endpoints.put("entities/" + entity, "api/entities/" + enc(entity));
    endpoints.put("quotes", "api/quotes?limit=50");
    endpoints.put("quotes speaker=" + person, "api/quotes?limit=50&speaker=" + enc(person));
    System.err.printf("api-load: %s, %d requests per endpoint after %d warm-up%n", base, requests, warmup);
    System.out.printf("%-60s %8s %8s %8s %8s%n", "endpoint", "p50 ms", "p99 ms", "max ms", "items");
    for (Map.Entry<String, String> e : endpoints.entrySet()) {
      String u = base + e.getValue();
      for (int i = 0; i < warmup; i++) {
        get(u);
      }
      long[] nanos = new long[requests];
      int items = 0;
      for (int i = 0; i < requests; i++) {
        long t0 = System.nanoTime();
        JsonNode body = get(u);
        nanos[i] = System.nanoTime() - t0;
        items = body.isArray() ? body.size() : body.path("articles").size();
      }
      Arrays.sort(nanos);
      System.out.printf("%-60s %8.2f %8.2f %8.2f %8d%n", e.getKey(), nanos[requests / 2] / 1e6,
          nanos[Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1)] / 1e6, nanos[requests - 1] / 1e6, items);
    }
    return 0;
  }

  private JsonNode get(String u) throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(u + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return PlainJson.MAPPER.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
