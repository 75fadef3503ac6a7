package io.newswire.cli;

import io.newswire.runtime.DeadLetters;
import io.newswire.runtime.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dlq", mixinStandardHelpOptions = true, description = "Inspect and replay dead letters.",
    subcommands = {DlqCommand.ListDeadLetters.class, DlqCommand.Replay.class})
final class DlqCommand {

  abstract static class DlqOptions {
    @Option(names = "--bootstrap", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}", description = "Kafka bootstrap servers (default ${DEFAULT-VALUE}).")
    String bootstrap;

    @Option(names = "--topic", defaultValue = "${env:NEWSWIRE_TOPIC_DLQ:-news.dispatch.dlq}", description = "DLQ topic (default ${DEFAULT-VALUE}).")
    String topic;

    /** Every record now in the DLQ, oldest first per partition. */
    void readAll(Consumer<ConsumerRecord<byte[], byte[]>> onRecord) {
      try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Kafka.consumer(bootstrap))) {
        List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        Map<TopicPartition, Long> end = consumer.endOffsets(parts);
        while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
          for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
            onRecord.accept(r);
          }
        }
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per dead letter: where, when, reason, stage, size, id, message.")
  static final class ListDeadLetters extends DlqOptions implements Callable<Integer> {
    @Override
    public Integer call() {
      System.out.printf("%-12s %-24s %-24s %-22s %8s  %-28s %s%n", "position", "time", "reason", "stage", "bytes", "id", "message");
      int[] n = {0};
      readAll(r -> {
        n[0]++;
        System.out.printf("%-12s %-24s %-24s %-22s %8d  %-28s %s%n",
            r.partition() + ":" + r.offset(),
            orDash(DeadLetters.header(r.headers(), DeadLetters.TIME)),
            orDash(DeadLetters.header(r.headers(), DeadLetters.REASON)),
            orDash(DeadLetters.header(r.headers(), DeadLetters.STAGE)),
            r.value() == null ? 0 : r.value().length,
            r.key() == null ? "-" : new String(r.key(), StandardCharsets.UTF_8),
            orDash(DeadLetters.header(r.headers(), DeadLetters.MESSAGE)));
      });
      System.err.println("dlq: " + n[0] + " dead letters in " + topic);
      return 0;
    }

    private static String orDash(String s) {
      return s == null ? "-" : s;
    }
  }

  @Command(name = "replay", mixinStandardHelpOptions = true,
      description = "Re-inject dead letters into the topic they came from, without the dead-letter headers "
          + "(after a fix). Unchanged re-sends produce no duplicate events downstream.")
  static final class Replay extends DlqOptions implements Callable<Integer> {
    @Option(names = "--id", description = "Only dead letters with this record key (repeatable). Default: all.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--reason", description = "Only dead letters with this reason.")
    String reason;

    @Override
    public Integer call() throws Exception {
      Set<String> wanted = new HashSet<>(ids);
      List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
      readAll(r -> {
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        if (!wanted.isEmpty() && !wanted.contains(key)) {
          return;
        }
        if (reason != null && !reason.equals(DeadLetters.header(r.headers(), DeadLetters.REASON))) {
          return;
        }
        String target = DeadLetters.header(r.headers(), DeadLetters.TOPIC);
        if (target == null) {
          target = Topics.fromEnv(System.getenv()).raw();
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header h : r.headers()) {
          if (!h.key().startsWith(DeadLetters.PREFIX)) {
            headers.add(h);
          }
        }
        out.add(new ProducerRecord<>(target, null, r.key(), r.value(), headers));
      });
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Kafka.producer(bootstrap))) {
        for (ProducerRecord<byte[], byte[]> r : out) {
          producer.send(r).get();
        }
      }
      System.err.println("dlq: replayed " + out.size() + " dead letters");
      return 0;
    }
  }
}
