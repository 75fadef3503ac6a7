package io.newswire.cli;

import io.newswire.json.PlainJson;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Print the enriched topic from the beginning as JSON lines (read_committed, decoded through the registry).")
final class TailCommand implements Callable<Integer> {
  @Option(names = "--bootstrap", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}", description = "Kafka bootstrap servers (default ${DEFAULT-VALUE}).")
  String bootstrap;

  @Option(names = "--registry", defaultValue = "${env:SCHEMA_REGISTRY_URL:-http://127.0.0.1:8081}", description = "Schema registry URL (default ${DEFAULT-VALUE}).")
  String registry;

  @Option(names = "--topic", defaultValue = "${env:NEWSWIRE_TOPIC_ENRICHED:-news.article.enriched}", description = "Topic (default ${DEFAULT-VALUE}).")
  String topic;

  @Option(names = "--max", defaultValue = "0", description = "Stop after this many events (0: no limit).")
  long max;

  @Option(names = "--idle-timeout", description = "Stop when nothing arrived for this long (ISO-8601, e.g. PT10S); default: follow forever.")
  Duration idle;

  @Override
  public Integer call() {
    AtomicLong seen = new AtomicLong();
    try (EnrichedReader reader = new EnrichedReader(bootstrap, registry, topic)) {
      reader.read(event -> {
        System.out.println(PlainJson.toLine(event));
        System.out.flush();
        return max <= 0 || seen.incrementAndGet() < max;
      }, idle);
    }
    return 0;
  }
}
