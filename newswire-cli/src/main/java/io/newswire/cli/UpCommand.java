package io.newswire.cli;

import io.newswire.dashboard.DashboardService;
import io.newswire.local.LocalDashboard;
import io.newswire.local.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The local stack until Ctrl-C / SIGTERM, on the standard ports. */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = "Run Kafka (KRaft), the schema registry, ingest-service, enrich-service and the dashboard in this process until Ctrl-C.")
final class UpCommand implements Callable<Integer> {
  @Option(names = "--data-dir", description = "Keep the broker log, the registry's _schemas topic and Streams state here, "
      + "so a restart (even after kill -9) continues where it stopped. Default: a temporary directory deleted on exit.")
  Path dataDir;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka client port (default ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "8081", description = "Schema registry port (default ${DEFAULT-VALUE}).")
  int registryPort;

  @Option(names = "--ingest-http-port", defaultValue = "7071", description = "ingest-service /health, /ready, /metrics (default ${DEFAULT-VALUE}; -1 off).")
  int ingestHttpPort;

  @Option(names = "--enrich-http-port", defaultValue = "7072", description = "enrich-service /health, /ready, /metrics (default ${DEFAULT-VALUE}; -1 off).")
  int enrichHttpPort;

  @Option(names = "--dashboard-port", defaultValue = "8080",
      description = "The newsroom dashboard (page, JSON API, /health, /metrics) on --host at this port (default ${DEFAULT-VALUE}; 0 any free port; -1 off).")
  int dashboardPort;

  @Option(names = "--partitions", defaultValue = "${env:NEWSWIRE_PARTITIONS:-6}",
      description = "Partitions of the pipeline topics when created (default ${DEFAULT-VALUE}; NEWSWIRE_PARTITIONS). "
          + "Existing topics keep theirs.")
  int partitions;

  /** The dashboard, or null when it cannot start (its port taken): the pipeline runs on without it. */
  private DashboardService launchDashboard(LocalStack stack, Path dir) {
    try {
      return LocalDashboard.launch(stack, dir, host, dashboardPort);
    } catch (Exception e) {
      System.err.println("newswire up: the dashboard did not start (" + e.getMessage()
          + "); the pipeline runs without it. --dashboard-port P picks another port, -1 turns it off");
      return null;
    }
  }

  /** Says on stderr when the dashboard's stores are queryable, without holding anything back meanwhile. */
  private static void announceWhenReady(DashboardService d) {
    Thread watch = new Thread(() -> {
      try {
        System.err.println(d.awaitRunning(Duration.ofMinutes(10))
            ? "newswire up: dashboard stores ready"
            : "newswire up: the dashboard's stores are still not ready after 10 min (see its /health)");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "dashboard-ready");
    watch.setDaemon(true);
    watch.start();
  }

  @Override
  public Integer call() throws Exception {
    boolean temporary = dataDir == null;
    Path dir = temporary ? Files.createTempDirectory("newswire-") : dataDir.toAbsolutePath();
    LocalStack stack = LocalStack.start(new LocalStack.Options(dir, temporary, host, kafkaPort, registryPort,
        ingestHttpPort, enrichHttpPort, partitions));
    AtomicReference<DashboardService> dashboard = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (dashboard.get() != null) {
        dashboard.get().close();
      }
      stack.close();
      stopped.countDown();
    }, "newswire-shutdown"));
    System.err.printf("newswire up: kafka %s, schema registry %s, data in %s%s%n",
        stack.bootstrapServers(), stack.registryUrl(), dir, temporary ? " (temporary)" : "");
    // Ready means the pipeline (ingest + enrich) is RUNNING; the dashboard, which only reads the
    // enriched topic, starts after that (a second or two of topic and client setup) and catches up on its own.
    System.err.println("newswire up: ready; Ctrl-C to stop");
    DashboardService d = dashboardPort < 0 ? null : launchDashboard(stack, dir);
    if (d != null) {
      dashboard.set(d);
      System.err.println("newswire up: dashboard " + d.url());
      announceWhenReady(d);
    }
    stopped.await();
    return 0;
  }
}
