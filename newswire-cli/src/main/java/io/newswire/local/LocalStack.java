package io.newswire.local;

import io.newswire.dashboard.DashboardService;
import io.newswire.enrich.EnrichService;
import io.newswire.enrich.Enricher;
import io.newswire.ingest.IngestService;
import io.newswire.registry.EmbeddedSchemaRegistry;
import io.newswire.runtime.Failover;
import io.newswire.runtime.ServiceConfig;
import io.newswire.runtime.StreamsService;
import io.newswire.runtime.StreamsTuning;
import io.newswire.runtime.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process: a real Kafka broker (KRaft), the schema registry on its
 * {@code _schemas} topic, the ingest-service and the enrich-service. Everything lives under one data
 * directory; a temporary one is deleted on close.
 */
public final class LocalStack implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

  /** Where and how to run. Ports 0 pick free ones; HTTP port -1 turns a service's endpoint off. */
  public record Options(Path dataDir, boolean temporary, String host, int kafkaPort, int registryPort,
      int ingestHttpPort, int enrichHttpPort, int partitions) {
    public static Options ephemeral() throws IOException {
      return new Options(Files.createTempDirectory("newswire-"), true, "127.0.0.1", 0, 0, -1, -1,
          Topics.partitionsFromEnv(System.getenv()));
    }
  }

  private final Options options;
  private final EmbeddedKafka kafka;
  private final EmbeddedSchemaRegistry registry;
  private final StreamsService ingest;
  private final Services services;
  private StreamsService enrich;
  private final Topics topics;
  private final Thread repair;

  private LocalStack(Options options, EmbeddedKafka kafka, EmbeddedSchemaRegistry registry,
      Services services, Topics topics, Thread repair) {
    this.repair = repair;
    this.options = options;
    this.kafka = kafka;
    this.registry = registry;
    this.services = services;
    this.ingest = services.ingest();
    this.enrich = services.enrich();
    this.topics = topics;
  }

  public static LocalStack start(Options o) throws Exception {
    // Loading the knowledge base and models takes seconds: do it while the broker starts and recovers
    // (the models too: read on the main thread by EnrichService.create, they held up the services' start).
    CompletableFuture<Enricher> enricher = CompletableFuture.supplyAsync(() -> Enricher.forLiveFeeds(System.getenv()).loadModels());
    return start(o, enricher);
  }

  public static LocalStack start(Options o, Enricher enricher) throws Exception {
    return start(o, CompletableFuture.completedFuture(enricher));
  }

  private static LocalStack start(Options o, CompletableFuture<Enricher> enricher) throws Exception {
    long t0 = System.nanoTime();
    Files.createDirectories(o.dataDir());
    Thread warmup = JitWarmup.start(enricher, JitWarmup.limitMs(System.getenv()));
    EmbeddedKafka kafka = EmbeddedKafka.start(o.dataDir(), o.host(), o.kafkaPort());
    // After an unclean stop the broker may leave transactions open on their partitions that its
    // coordinator has already ended (see HangingTransactions): end them before the services' producers
    // start again (meanwhile topics and registry come up), then keep watching in the background.
    CompletableFuture<Integer> settled = CompletableFuture.supplyAsync(
        () -> settleTransactions(kafka.bootstrapServers(), applicationIds(System.getenv())),
        task -> new Thread(task, "settle-transactions").start());
    Topics topics = Topics.fromEnv(System.getenv());
    // The pipeline topics are made sure of on their own thread. The registry binds its port now and
    // replays its topic on a thread of its own; a request waits for that replay, so the services, built
    // meanwhile, can start before it ends (after a crash they start ~1 s sooner).
    CompletableFuture<Void> topicsReady = CompletableFuture.runAsync(() -> {
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
        topics.ensure(admin, o.partitions(), (short) 1);
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, task -> new Thread(task, "topics").start());
    EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.open(kafka.bootstrapServers(), o.host(), o.registryPort(),
        EmbeddedSchemaRegistry.DEFAULT_TOPIC);
    Map<String, String> env = System.getenv();
    // Static membership: the restarted stack rejoins as the same member and gets its partitions back at
    // once instead of waiting out the dead member's session. Each service has its own state directory,
    // so each keeps the process id that names its transactions (a restart then fences the dead
    // producer at once instead of waiting for its transaction to time out).
    String instanceId = instanceId(o.dataDir());
    // Built (topologies, clients) while the transactions settle; started, and so producing, only after.
    Services services = Services.build(o, env, kafka.bootstrapServers(), registry.url(), instanceId, enricher.join());
    join(topicsReady);
    StreamsService ingest = services.ingest();
    StreamsService enrich = services.enrich();
    settled.join();
    Thread repair = HangingTransactions.watch(kafka.bootstrapServers(), Duration.ofSeconds(2), Duration.ofSeconds(40),
        Duration.ofSeconds(10));
    if (warmup != null) {
      warmup.interrupt(); // the services' own records warm it from here
    }
    ingest.start();
    enrich.start();
    LocalStack stack = new LocalStack(o, kafka, registry, services, topics, repair);
    // Generous: after an unclean stop a service may wait for the broker to abort a dead transaction
    // before it can read on; giving up would only start that wait again.
    if (!ingest.awaitRunning(Duration.ofSeconds(180)) || !enrich.awaitRunning(Duration.ofSeconds(180))) {
      stack.close();
      throw new IllegalStateException("services did not reach RUNNING within 180 s");
    }
    log.info("local stack up in {} ms: kafka {} registry {}", (System.nanoTime() - t0) / 1_000_000,
        kafka.bootstrapServers(), registry.url());
    return stack;
  }

  /**
   * Stream threads of the ingest service where it shares this JVM and its cores with enrich:
   * {@code NEWSWIRE_INGEST_STREAM_THREADS}, else none of ours ({@code NEWSWIRE_STREAM_THREADS} then holds
   * for every service), else a quarter of the cores, at least one. Parsing costs about a sixth of the
   * enrich step's text work, and each stream thread commits a transaction of its own every commit
   * interval: at a steady 605 dispatches/s on 2 cores one ingest thread instead of two cut the broker's
   * transaction requests by a fifth and the cores busy from 1.85-1.92 (saturated) to 1.58-1.68
   * (docs/speed.md, tenth round).
   */
  static String ingestStreamThreads(Map<String, String> env, int cores) {
    String own = env.get("NEWSWIRE_INGEST_STREAM_THREADS");
    if (own != null || env.containsKey("NEWSWIRE_STREAM_THREADS")) {
      return own;
    }
    return Integer.toString(Math.max(1, cores / 4));
  }

  /**
   * The two pipeline services of the stack, built (not started) against one registry URL, with the enrich
   * service's settings and enricher kept for {@link #restartEnrich}.
   */
  private record Services(StreamsService ingest, StreamsService enrich, ServiceConfig enrichConfig, Enricher enricher) {
    static Services build(Options o, Map<String, String> env, String bootstrap, String registryUrl, String instanceId,
        Enricher enricher) {
      // The local stack keeps the story versions in memory unless told otherwise (see Failover).
      boolean versionsInMemory = Failover.storesInMemory(env.getOrDefault("NEWSWIRE_STATE_STORES", "memory"));
      ServiceConfig ingest = config(env, IngestService.DEFAULT_APPLICATION_ID, "ingest", o.ingestHttpPort(), bootstrap,
          registryUrl, o.dataDir(), instanceId, false);
      String ingestThreads = ingestStreamThreads(env, Runtime.getRuntime().availableProcessors());
      if (ingestThreads != null) {
        ingest = ingest.withClientOverride(StreamsConfig.NUM_STREAM_THREADS_CONFIG, ingestThreads);
      }
      ServiceConfig enrich = config(env, EnrichService.DEFAULT_APPLICATION_ID, "enrich", o.enrichHttpPort(), bootstrap,
          registryUrl, o.dataDir(), instanceId, versionsInMemory);
      return new Services(IngestService.create(ingest), EnrichService.create(enrich, enricher), enrich, enricher);
    }

    private static ServiceConfig config(Map<String, String> env, String appId, String name, int httpPort, String bootstrap,
        String registryUrl, Path dataDir, String instanceId, boolean storesInMemory) {
      ServiceConfig c = onEmbeddedBroker(env, appId, httpPort, bootstrap, registryUrl,
          dataDir.resolve("streams").resolve(name));
      return c.withFailover(c.failover().withInstanceId(instanceId).withStoresInMemory(storesInMemory));
    }

    void close() {
      ingest.close();
      enrich.close();
    }
  }

  /**
   * A service's settings beside the embedded broker: the environment's, this stack's broker, registry, state
   * directory and HTTP port, and no compression over loopback ({@link StreamsTuning#onLoopback}).
   */
  static ServiceConfig onEmbeddedBroker(Map<String, String> env, String appId, int httpPort, String bootstrap,
      String registryUrl, Path stateDir) {
    ServiceConfig c = ServiceConfig.fromEnv(env, appId, httpPort)
        .withBootstrap(bootstrap, registryUrl)
        .withStateDir(stateDir)
        .withHttpPort(httpPort);
    return StreamsTuning.onLoopback(c, env);
  }

  /** The future's value, or the exception its task failed with (not wrapped). */
  private static <T> T join(CompletableFuture<T> f) throws Exception {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** {@link HangingTransactions#settleBeforeStart} with short client timeouts: a broker that does not answer is not waited for long. */
  private static int settleTransactions(String bootstrapServers, List<String> applicationIds) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
      int ended = HangingTransactions.settleBeforeStart(admin, bootstrapServers, Duration.ofSeconds(30));
      // After the settling, which waits for the restarted coordinators to load (before that they list nothing).
      try {
        HangingTransactions.fenceEarlierRuns(admin, bootstrapServers, applicationIds);
      } catch (ExecutionException | RuntimeException e) {
        // Not fatal: the earlier run's transactions still end when they time out.
        log.warn("could not take over the transactional ids of an earlier run: {}", e.toString());
      }
      return ended;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** The Kafka Streams application ids of the stack's services, as their configurations resolve them. */
  static List<String> applicationIds(Map<String, String> env) {
    return Stream.of(IngestService.DEFAULT_APPLICATION_ID, EnrichService.DEFAULT_APPLICATION_ID, DashboardService.DEFAULT_APPLICATION_ID)
        .map(app -> ServiceConfig.fromEnv(env, app, -1).applicationId()).distinct().toList();
  }

  /** The group instance id kept in {@code DIR/instance.id}: made once, the same after every restart on DIR. */
  static String instanceId(Path dataDir) throws IOException {
    Path file = dataDir.resolve("instance.id");
    if (Files.exists(file)) {
      String id = Files.readString(file).strip();
      if (!id.isEmpty()) {
        return id;
      }
    }
    String id = "local-" + UUID.randomUUID().toString().substring(0, 8);
    Files.writeString(file, id + "\n");
    return id;
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  public String registryUrl() {
    return registry.url();
  }

  public Topics topics() {
    return topics;
  }

  public StreamsService ingest() {
    return ingest;
  }

  public synchronized StreamsService enrich() {
    return enrich;
  }

  /**
   * Stops the enrich service and starts it again with {@code streamThreads} stream threads, its other
   * settings and its enricher (models, compiled code) as before: `bench --enrich-threads` compares thread
   * counts on one broker and one warmed-up JIT. The stopped service leaves its group, or its static
   * members would hold their partitions for a session timeout (a thread count going down).
   */
  public synchronized void restartEnrich(int streamThreads) throws Exception {
    enrich.streams().close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
    enrich.close();
    enrich = EnrichService.create(services.enrichConfig().withClientOverride(StreamsConfig.NUM_STREAM_THREADS_CONFIG,
        Integer.toString(streamThreads)), services.enricher()).start();
    if (!enrich.awaitRunning(Duration.ofSeconds(180))) {
      throw new IllegalStateException("enrich-service did not reach RUNNING within 180 s of its restart");
    }
  }

  @Override
  public synchronized void close() {
    repair.interrupt();
    ingest.close();
    enrich.close();
    registry.close();
    kafka.close();
    if (options.temporary()) {
      deleteRecursively(options.dataDir());
    }
  }

  public static void deleteRecursively(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not delete {}: {}", dir, e.toString());
    }
  }
}
