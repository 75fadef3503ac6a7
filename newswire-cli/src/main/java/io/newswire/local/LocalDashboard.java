package io.newswire.local;

import io.newswire.dashboard.DashboardService;
import io.newswire.runtime.ServiceConfig;
import io.newswire.runtime.StreamsTuning;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The dashboard-service beside a {@link LocalStack}: same broker and registry, state under the same data directory. */
public final class LocalDashboard {
  private LocalDashboard() {}

  /** Starts it on {@code host:port} (0 = any free port) and waits until its stores are queryable. */
  public static DashboardService start(LocalStack stack, Path dataDir, String host, int port) throws Exception {
    DashboardService dashboard = launch(stack, dataDir, host, port);
    if (!dashboard.awaitRunning(Duration.ofSeconds(60))) {
      dashboard.close();
      throw new IllegalStateException("dashboard-service did not reach RUNNING within 60 s");
    }
    return dashboard;
  }

  /**
   * Starts it and returns at once: the page and {@code /health} answer while its stores catch up
   * ({@code /ready} says when). {@code up} uses this so that the dashboard, which only reads the
   * enriched topic, never holds back the pipeline after a restart.
   */
  public static DashboardService launch(LocalStack stack, Path dataDir, String host, int port) throws Exception {
    Map<String, String> env = System.getenv();
    return new DashboardService(config(env, stack.bootstrapServers(), stack.registryUrl(), dataDir, port),
        env.getOrDefault("NEWSWIRE_TOPIC_TRENDS", DashboardService.DEFAULT_TRENDS_TOPIC), host, null).start();
  }

  /**
   * The dashboard's settings beside the embedded broker: like the stack's own services it does not compress
   * ({@link StreamsTuning#onLoopback}); its changelog and trend records went out LZ4-framed over loopback and the
   * broker in the same process decompressed them again, CPU taken from the text work on the same cores.
   */
  static ServiceConfig config(Map<String, String> env, String bootstrap, String registryUrl, Path dataDir, int port) {
    return LocalStack.onEmbeddedBroker(env, DashboardService.DEFAULT_APPLICATION_ID, port, bootstrap, registryUrl,
        dataDir.resolve("streams"));
  }
}
