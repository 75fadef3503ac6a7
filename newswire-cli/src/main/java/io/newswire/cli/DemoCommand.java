package io.newswire.cli;

import io.newswire.json.PlainJson;
import io.newswire.dashboard.DashboardService;
import io.newswire.local.LocalDashboard;
import io.newswire.local.LocalStack;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the embedded stack on free ports, pushes the bundled samples through it, prints each
 * enriched event as a JSON line, and exits 0 once every sample came out.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on an embedded Kafka broker and registry with the bundled sample "
        + "dispatches; print each enriched event as one JSON line.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--timeout", defaultValue = "PT120S", description = "Give up after this long (ISO-8601 duration, default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--dashboard", description = "Also run the newsroom dashboard and keep the stack up after the samples, until Ctrl-C.")
  boolean dashboard;

  @Option(names = "--dashboard-port", defaultValue = "8080", description = "Port of the dashboard with --dashboard (default ${DEFAULT-VALUE}; 0 any free port).")
  int dashboardPort;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    List<Input> samples = Input.samples();
    LocalStack.Options options = LocalStack.Options.ephemeral();
    try {
      return run(t0, samples, options);
    } finally {
      closed.countDown();
    }
  }

  private final CountDownLatch closed = new CountDownLatch(1);

  private int run(long t0, List<Input> samples, LocalStack.Options options) throws Exception {
    try (LocalStack stack = LocalStack.start(options);
        DashboardService board = dashboard ? LocalDashboard.start(stack, options.dataDir(), "127.0.0.1", dashboardPort) : null) {
      if (board != null) {
        System.err.println("demo: dashboard " + board.url());
      }
      Publisher.send(stack.bootstrapServers(), stack.topics().raw(), samples);
      System.err.printf("demo: pushed %d sample dispatches to %s%n", samples.size(), stack.topics().raw());
      Set<String> missing = new LinkedHashSet<>(samples.stream().map(Input::id).toList());
      long deadline = System.nanoTime() + timeout.toNanos();
      try (EnrichedReader reader = new EnrichedReader(stack.bootstrapServers(), stack.registryUrl(), stack.topics().enriched())) {
        reader.read(event -> {
          if (missing.remove(event.getId())) {
            System.out.println(PlainJson.toLine(event));
            System.out.flush();
          }
          return !missing.isEmpty() && System.nanoTime() < deadline;
        }, timeout);
      }
      if (!missing.isEmpty()) {
        System.err.println("demo: no enriched event within " + timeout + " for " + missing);
        return 1;
      }
      System.err.printf("demo: %d enriched events in %.1f s%n", samples.size(), (System.nanoTime() - t0) / 1e9);
      if (board != null) {
        System.err.println("demo: the stack stays up; open " + board.url() + " (Ctrl-C to stop)");
        // Ctrl-C: let this thread leave the try block (which closes everything), then let the JVM exit.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          stopped.countDown();
          try {
            closed.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, "demo-shutdown"));
        stopped.await();
      }
      return 0;
    }
  }
}
