package io.newswire.cli;

import io.newswire.enrich.EnrichService;
import io.newswire.enrich.Enricher;
import io.newswire.ingest.IngestService;
import io.newswire.runtime.ServiceConfig;
import io.newswire.runtime.StreamsService;
import io.newswire.runtime.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * One instance of one service against an existing cluster, until SIGTERM / Ctrl-C: the Docker image's
 * entry point, and how to run N instances (same application id, distinct instance ids).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run one instance of ingest-service or enrich-service against a Kafka cluster until Ctrl-C / SIGTERM.",
        "Start it N times (distinct --instance-id) to share the partitions among N instances; "
            + "options override the environment variables of the same meaning (see README, Configuration)."})
final class RunCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

  enum Service { ingest, enrich }

  @Parameters(index = "0", paramLabel = "SERVICE", description = "ingest or enrich")
  Service service;

  @Option(names = "--bootstrap", description = "Kafka bootstrap servers (KAFKA_BOOTSTRAP_SERVERS).")
  String bootstrap;

  @Option(names = "--registry", description = "Schema registry URL (SCHEMA_REGISTRY_URL).")
  String registry;

  @Option(names = "--instance-id", description = "Static group member id, unique per instance and kept across "
      + "its restarts (NEWSWIRE_INSTANCE_ID; \"hostname\" = the host's name).")
  String instanceId;

  @Option(names = "--state-dir", description = "Kafka Streams state directory, one per instance (NEWSWIRE_STATE_DIR).")
  Path stateDir;

  @Option(names = "--http-port", description = "/health, /ready, /metrics port; 0 any free port, -1 off (NEWSWIRE_HTTP_PORT).")
  Integer httpPort;

  @Option(names = "--standby-replicas", description = "Warm copies of each state store on other instances (NEWSWIRE_STANDBY_REPLICAS).")
  Integer standbys;

  @Option(names = "--partitions", description = "Partitions of pipeline topics this command creates when missing (NEWSWIRE_PARTITIONS, default 6).")
  Integer partitions;

  @Option(names = "--create-topics", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Create missing pipeline topics first (default); --no-create-topics where topics are managed elsewhere.")
  boolean createTopics;

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = new HashMap<>(System.getenv());
    put(env, "KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    put(env, "SCHEMA_REGISTRY_URL", registry);
    put(env, "NEWSWIRE_INSTANCE_ID", instanceId);
    put(env, "NEWSWIRE_STATE_DIR", stateDir);
    put(env, "NEWSWIRE_HTTP_PORT", httpPort);
    put(env, "NEWSWIRE_STANDBY_REPLICAS", standbys);
    put(env, "NEWSWIRE_PARTITIONS", partitions);
    ServiceConfig config = service == Service.ingest
        ? ServiceConfig.fromEnv(env, IngestService.DEFAULT_APPLICATION_ID, IngestService.DEFAULT_HTTP_PORT)
        : ServiceConfig.fromEnv(env, EnrichService.DEFAULT_APPLICATION_ID, EnrichService.DEFAULT_HTTP_PORT);
    if (createTopics) {
      ensureTopics(config, Topics.partitionsFromEnv(env));
    }
    StreamsService running = (service == Service.ingest
        ? IngestService.create(config)
        : EnrichService.create(config, Enricher.forLiveFeeds(env))).start();
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, service + "-shutdown"));
    System.err.printf("newswire run %s: application %s, instance %s, kafka %s, state in %s%n", service,
        config.applicationId(), config.failover().instanceId() == null ? "(dynamic)" : config.failover().instanceId(),
        config.bootstrapServers(), config.stateDir());
    running.awaitShutdown();
    return 0;
  }

  /** Missing topics are created with the broker's default replication; a cluster that forbids it only logs. */
  private static void ensureTopics(ServiceConfig config, int partitions) throws InterruptedException {
    Map<String, Object> admin = new HashMap<>(config.clientOverrides());
    admin.put("bootstrap.servers", config.bootstrapServers());
    try (Admin a = Admin.create(admin)) {
      config.topics().ensure(a, partitions, (short) -1);
    } catch (IllegalStateException e) {
      log.warn("could not check or create the pipeline topics ({}); going on with what exists", e.getMessage());
    }
  }

  private static void put(Map<String, String> env, String name, Object value) {
    if (value != null) {
      env.put(name, value.toString());
    }
  }
}
