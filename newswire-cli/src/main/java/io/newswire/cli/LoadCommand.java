package io.newswire.cli;

import io.newswire.local.LocalStack;
import io.newswire.runtime.Topics;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * End-to-end load: pushes N synthetic dispatches (the project's own Arabic, Persian and English
 * templates) and measures throughput and latency until every one is enriched.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Push N synthetic dispatches through the pipeline and report end-to-end throughput and latency "
        + "(embedded stack unless --bootstrap is given).")
final class LoadCommand implements Callable<Integer> {
  @Option(names = "--count", defaultValue = "5000", description = "Dispatches to push (default ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--bootstrap", description = "Use a running cluster (e.g. ./newswire up) instead of an embedded stack.")
  String bootstrap;

  @Option(names = "--timeout", defaultValue = "PT10M", description = "Give up after (default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    LocalStack stack = bootstrap == null ? LocalStack.start(LocalStack.Options.ephemeral()) : null;
    try {
      String servers = stack != null ? stack.bootstrapServers() : bootstrap;
      Topics topics = stack != null ? stack.topics() : Topics.fromEnv(System.getenv());
      String prefix = "load-" + System.currentTimeMillis() + "-";
      List<Input> inputs = SyntheticDispatches.generate(count, System.nanoTime(), prefix);
      long t0 = System.nanoTime();
      Publisher.send(servers, topics.raw(), inputs);
      double pushSeconds = (System.nanoTime() - t0) / 1e9;
      Set<String> pending = new HashSet<>(inputs.stream().map(Input::id).toList());
      long[] latencies = new long[count];
      int n = 0;
      try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Kafka.consumer(servers))) {
        List<TopicPartition> parts = consumer.partitionsFor(topics.enriched()).stream()
            .map(p -> new TopicPartition(topics.enriched(), p.partition())).toList();
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
          for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            if (r.key() != null && pending.remove(new String(r.key(), StandardCharsets.UTF_8))) {
              latencies[n++] = System.currentTimeMillis() - r.timestamp();
            }
          }
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      Arrays.sort(latencies, 0, n);
      System.out.printf("load: %d dispatches, pushed in %.2f s, all enriched in %.2f s: %.0f dispatches/s end to end; "
              + "latency push->enriched p50 %d ms, p99 %d ms, max %d ms%n",
          n, pushSeconds, seconds, n / seconds, pct(latencies, n, 50), pct(latencies, n, 99), n == 0 ? 0 : latencies[n - 1]);
      if (!pending.isEmpty()) {
        System.err.println("load: " + pending.size() + " dispatches did not come out within " + timeout);
        return 1;
      }
      return 0;
    } finally {
      if (stack != null) {
        stack.close();
      }
    }
  }

  private static long pct(long[] sorted, int n, int p) {
    return n == 0 ? 0 : sorted[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1)];
  }
}
