package io.newswire.dashboard.http;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newswire.dashboard.query.EntityPage;
import io.newswire.dashboard.query.LocalQueries;
import io.newswire.dashboard.query.TrendItem;
import io.newswire.dashboard.topology.DashboardTopology;
import io.newswire.dashboard.topology.JsonSerde;
import io.newswire.dashboard.topology.TrendWindow;
import io.newswire.dashboard.view.ArticleView;
import io.newswire.dashboard.view.QuoteItem;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The query API over all instances, as Kafka Streams' interactive-query examples do: this instance
 * answers from its own stores; the other instances named in the Streams metadata (their
 * {@code application.server}) are asked over HTTP with {@code scope=local} and the answers merged.
 * An entity's trend lives on the one instance that holds its key, found with
 * {@link KafkaStreams#queryMetadataForKey}.
 */
public final class DashboardApi {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;
  private static final TypeReference<List<ArticleView>> ARTICLES = new TypeReference<>() {};
  private static final TypeReference<List<QuoteItem>> QUOTES = new TypeReference<>() {};
  private static final TypeReference<List<TrendItem>> TRENDS = new TypeReference<>() {};

  private final KafkaStreams streams;
  private final LocalQueries local;
  private final HostInfo self;
  // HTTP/1.1: the default HTTP/2 upgrade attempt costs a delayed-ACK wait (~40 ms) per request on the JDK server.
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  public DashboardApi(KafkaStreams streams, LocalQueries local, HostInfo self) {
    this.streams = streams;
    this.local = local;
    this.self = self;
  }

  /** A 4xx answer's reason. */
  public static final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
      super(message);
    }
  }

  static final Comparator<QuoteItem> NEWEST_QUOTE =
      Comparator.comparingLong(QuoteItem::time).reversed().thenComparing(QuoteItem::articleId);

  public Object articles(Map<String, String> q) throws IOException, InterruptedException {
    int limit = limit(q);
    return gather(local.articles(limit, blank(q.get("lang")), blank(q.get("entity"))), DashboardTopology.ARTICLES_STORE,
        "/api/articles", q, ARTICLES, LocalQueries.NEWEST_FIRST, limit);
  }

  public Object quotes(Map<String, String> q) throws IOException, InterruptedException {
    int limit = limit(q);
    return gather(local.quotes(blank(q.get("speaker")), kind(q), limit), DashboardTopology.ARTICLES_STORE,
        "/api/quotes", q, QUOTES, NEWEST_QUOTE, limit);
  }

  public Object top(Map<String, String> q) throws IOException, InterruptedException {
    TrendWindow w = TrendWindow.parse(q.get("window"))
        .orElseThrow(() -> new BadRequest("window must be PT1H or PT24H"));
    int limit = limit(q);
    return gather(local.top(w, now(q), blank(q.get("type")), limit), w.store, "/api/entities/top", q, TRENDS,
        LocalQueries.MOST_NAMED, limit);
  }

  /** This instance's answer, or (unless scope=local) the first {@code limit} of all instances' answers merged. */
  private <T> List<T> gather(List<T> mine, String store, String path, Map<String, String> q, TypeReference<List<T>> type,
      Comparator<T> order, int limit) throws IOException, InterruptedException {
    if (isLocal(q)) {
      return mine;
    }
    List<T> all = new ArrayList<>(mine);
    for (HostInfo h : others(store)) {
      all.addAll(fetch(h, path, q, type));
    }
    all.sort(order);
    return all.subList(0, Math.min(limit, all.size()));
  }

  public Object entity(String id, Map<String, String> q) throws IOException, InterruptedException {
    int limit = limit(q);
    long now = now(q);
    if ("trends".equals(q.get("part"))) {
      return local.trends(id, now);
    }
    EntityPage page = local.entity(id, now, limit);
    if (isLocal(q)) {
      return page;
    }
    List<ArticleView> articles = new ArrayList<>(page.articles());
    List<QuoteItem> quotes = new ArrayList<>(page.quotes());
    for (HostInfo h : others(DashboardTopology.ARTICLES_STORE)) {
      EntityPage remote = fetch(h, "/api/entities/" + enc(id), q, new TypeReference<EntityPage>() {});
      articles.addAll(remote.articles());
      quotes.addAll(remote.quotes());
    }
    articles.sort(LocalQueries.NEWEST_FIRST);
    quotes.sort(NEWEST_QUOTE);
    List<TrendItem> trends = page.trends();
    HostInfo owner = owner(TrendWindow.HOUR.store, id).orElse(self);
    if (!owner.equals(self)) {
      Map<String, String> trendQuery = new LinkedHashMap<>(q);
      trendQuery.put("part", "trends");
      trends = fetch(owner, "/api/entities/" + enc(id), trendQuery, TRENDS);
    }
    String type = page.type();
    String name = page.name();
    if (name == null) {
      type = articles.stream().flatMap(a -> a.entities().stream()).filter(e -> e.id().equals(id)).map(e -> e.type()).findFirst()
          .orElse(trends.stream().map(TrendItem::type).filter(t -> t != null).findFirst().orElse(null));
      name = articles.stream().flatMap(a -> a.entities().stream()).filter(e -> e.id().equals(id)).map(e -> e.name()).findFirst()
          .orElse(trends.stream().map(TrendItem::name).filter(n -> n != null).findFirst().orElse(null));
    }
    return new EntityPage(id, type, name, articles.subList(0, Math.min(limit, articles.size())),
        quotes.subList(0, Math.min(limit, quotes.size())), trends);
  }

  /** The instance holding {@code key} in {@code store}, when the metadata knows it. */
  Optional<HostInfo> owner(String store, String key) {
    KeyQueryMetadata m = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
    return m == null || m.activeHost() == null || m.activeHost().port() < 0 ? Optional.empty() : Optional.of(m.activeHost());
  }

  List<HostInfo> others(String store) {
    List<HostInfo> hosts = new ArrayList<>();
    for (StreamsMetadata m : streams.streamsMetadataForStore(store)) {
      if (!m.hostInfo().equals(self) && m.hostInfo().port() > 0 && !hosts.contains(m.hostInfo())) {
        hosts.add(m.hostInfo());
      }
    }
    return hosts;
  }

  private <T> T fetch(HostInfo h, String path, Map<String, String> q, TypeReference<T> type)
      throws IOException, InterruptedException {
    Map<String, String> query = new LinkedHashMap<>(q);
    query.put("scope", "local");
    StringBuilder uri = new StringBuilder("http://").append(h.host()).append(':').append(h.port()).append(path).append('?');
    query.forEach((k, v) -> uri.append(enc(k)).append('=').append(enc(v)).append('&'));
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IOException(h + path + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return JsonSerde.MAPPER.readValue(r.body(), type);
  }

  /** Direct quotes unless asked otherwise: {@code kind=INDIRECT}, or {@code kind=ALL} for both. */
  static String kind(Map<String, String> q) {
    String k = blank(q.get("kind"));
    if (k == null) {
      return "DIRECT";
    }
    return switch (k.toUpperCase(java.util.Locale.ROOT)) {
      case "DIRECT" -> "DIRECT";
      case "INDIRECT" -> "INDIRECT";
      case "ALL" -> null;
      default -> throw new BadRequest("kind must be DIRECT, INDIRECT or ALL");
    };
  }

  static boolean isLocal(Map<String, String> q) {
    return "local".equals(q.get("scope"));
  }

  static int limit(Map<String, String> q) {
    return parse(q, "limit", DEFAULT_LIMIT, Integer::parseInt, n -> n > 0 && n <= MAX_LIMIT, "limit must be 1.." + MAX_LIMIT);
  }

  static long now(Map<String, String> q) {
    return parse(q, "at", System.currentTimeMillis(), s -> Instant.parse(s).toEpochMilli(), t -> true,
        "at must be an ISO-8601 instant");
  }

  private static <T> T parse(Map<String, String> q, String name, T dflt, Function<String, T> f,
      java.util.function.Predicate<T> ok, String message) {
    String v = blank(q.get(name));
    if (v == null) {
      return dflt;
    }
    try {
      T t = f.apply(v);
      if (ok.test(t)) {
        return t;
      }
    } catch (RuntimeException e) {
      // fall through to the same message
    }
    throw new BadRequest(message);
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
