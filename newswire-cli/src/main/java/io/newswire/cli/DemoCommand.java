package io.newswire.cli;

import io.newswire.json.PlainJson;
import io.newswire.local.LocalStack;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    List<Input> samples = Input.samples();
    try (LocalStack stack = LocalStack.start(LocalStack.Options.ephemeral())) {
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
      return 0;
    }
  }
}
