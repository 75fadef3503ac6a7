package io.newswire.dashboard;

import com.sun.net.httpserver.HttpServer;
import io.newswire.dashboard.http.DashboardApi;
import io.newswire.dashboard.http.DashboardHttp;
import io.newswire.dashboard.http.LiveEvents;
import io.newswire.dashboard.http.NoDelay;
import io.newswire.dashboard.query.LocalQueries;
import io.newswire.dashboard.query.StreamsStoreAccess;
import io.newswire.dashboard.topology.DashboardTopology;
import io.newswire.runtime.ServiceConfig;
import io.newswire.runtime.StreamsService;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.EntityTrend;
import io.newswire.serde.AvroSerde;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard-service: entity trends onto {@code news.entity.trends}, the query API over its
 * state stores, the live stream and the page, all on one HTTP port. Configuration as every service
 * (see {@link ServiceConfig}) plus
 * <pre>
 * NEWSWIRE_TOPIC_TRENDS       news.entity.trends
 * NEWSWIRE_ADVERTISED_HOST    how other instances reach this one (application.server); default NEWSWIRE_HTTP_HOST,
 *                             or the machine's host name when that is 0.0.0.0
 * NEWSWIRE_HTTP_PORT          8080
 * </pre>
 */
public final class DashboardService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DashboardService.class);
  public static final String DEFAULT_APPLICATION_ID = "newswire-dashboard";
  public static final int DEFAULT_HTTP_PORT = 8080;
  public static final String DEFAULT_TRENDS_TOPIC = "news.entity.trends";
  /** Trend windows older than this are of no use to anyone: compaction keeps the latest per window, deletion the rest. */
  static final Duration TRENDS_RETENTION = Duration.ofHours(48);

  static {
    NoDelay.apply();
  }

  private final ServiceConfig config;
  private final String trendsTopic;
  private final String bindHost;
  private final String advertisedHost;
  private HttpServer http;
  private ExecutorService httpThreads;
  private StreamsService streams;
  private LiveEvents live;

  /**
   * @param bindHost       address of the HTTP port (the page, the API, health and metrics)
   * @param advertisedHost how other instances reach this one; null: the bind host (or the host name for 0.0.0.0)
   */
  public DashboardService(ServiceConfig config, String trendsTopic, String bindHost, String advertisedHost) {
    this.config = config;
    this.trendsTopic = trendsTopic;
    this.bindHost = bindHost;
    this.advertisedHost = advertisedHost;
  }

  public static DashboardService fromEnv(Map<String, String> env) {
    ServiceConfig config = ServiceConfig.fromEnv(env, DEFAULT_APPLICATION_ID, DEFAULT_HTTP_PORT);
    return new DashboardService(config, env.getOrDefault("NEWSWIRE_TOPIC_TRENDS", DEFAULT_TRENDS_TOPIC),
        config.httpHost(), env.get("NEWSWIRE_ADVERTISED_HOST"));
  }

  public DashboardService start() throws IOException, InterruptedException {
    int partitions = ensureTrendsTopic();
    // Bind first: application.server must name the real port, also when 0 asked for any free one.
    http = HttpServer.create(new InetSocketAddress(bindHost, Math.max(0, config.httpPort())), 64);
    HostInfo self = new HostInfo(advertisedHost(), http.getAddress().getPort());
    streams = new StreamsService("dashboard-service",
        DashboardTopology.build(config.topics().enriched(), trendsTopic,
            AvroSerde.forValues(EnrichedArticle.class, config.registryUrl()),
            AvroSerde.forValues(EntityTrend.class, config.registryUrl())),
        config.withHttpPort(-1), Map.of(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port()));
    streams.start();
    live = new LiveEvents(config.bootstrapServers(), config.registryUrl(), config.clientOverrides(),
        config.topics().enriched(), trendsTopic).start();
    DashboardApi api = new DashboardApi(streams.streams(),
        new LocalQueries(new StreamsStoreAccess(streams.streams(), config.topics().enriched())), self);
    new DashboardHttp(api, live, streams).register(http);
    // Each /api/stream client holds a thread for as long as it listens.
    httpThreads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "dashboard-http");
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(httpThreads);
    http.start();
    log.info("dashboard-service: page, API and /health, /ready, /metrics on {} ({} trend partitions)", url(), partitions);
    return this;
  }

  /** Creates the trends topic when missing: compacted, and as many partitions as the enriched topic. */
  int ensureTrendsTopic() throws InterruptedException {
    Map<String, Object> admin = new HashMap<>(config.clientOverrides());
    admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    try (Admin a = Admin.create(admin)) {
      Set<String> names = a.listTopics().names().get();
      int partitions = names.contains(config.topics().enriched())
          ? a.describeTopics(List.of(config.topics().enriched())).allTopicNames().get()
              .get(config.topics().enriched()).partitions().size()
          : 1;
      if (!names.contains(trendsTopic)) {
        NewTopic t = new NewTopic(trendsTopic, java.util.Optional.of(partitions), java.util.Optional.empty())
            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(TRENDS_RETENTION.toMillis())));
        try {
          a.createTopics(List.of(t)).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      return partitions;
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot set up topic " + trendsTopic, e.getCause());
    }
  }

  private String advertisedHost() {
    if (advertisedHost != null && !advertisedHost.isBlank()) {
      return advertisedHost;
    }
    if (!bindHost.equals("0.0.0.0")) {
      return bindHost;
    }
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "127.0.0.1";
    }
  }

  public String url() {
    return "http://" + (bindHost.equals("0.0.0.0") ? advertisedHost() : bindHost) + ":" + httpPort() + "/";
  }

  public int httpPort() {
    return http == null ? -1 : http.getAddress().getPort();
  }

  public StreamsService streams() {
    return streams;
  }

  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    return streams.awaitRunning(timeout);
  }

  @Override
  public void close() {
    if (http != null) {
      http.stop(0);
    }
    if (httpThreads != null) {
      httpThreads.shutdownNow();
    }
    if (live != null) {
      live.close();
    }
    if (streams != null) {
      streams.close();
    }
  }

  public static void main(String[] args) throws Exception {
    DashboardService service = fromEnv(System.getenv()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "dashboard-shutdown"));
    service.streams().awaitShutdown();
  }
}
