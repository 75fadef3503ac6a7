package io.newswire.cli;

import io.newswire.schema.EnrichedArticle;
import io.newswire.serde.AvroDeserializer;
import io.newswire.serde.SchemaRegistryClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a topic of EnrichedArticle events from the beginning, read_committed, decoding through the
 * registry; no consumer group, so reading leaves no trace on the cluster.
 */
final class EnrichedReader implements AutoCloseable {
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final AvroDeserializer<EnrichedArticle> deserializer;

  EnrichedReader(String bootstrap, String registryUrl, String topic) {
    consumer = new KafkaConsumer<>(Kafka.consumer(bootstrap));
    deserializer = new AvroDeserializer<>(EnrichedArticle.class, new SchemaRegistryClient(registryUrl));
    List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
        .map((PartitionInfo p) -> new TopicPartition(topic, p.partition())).toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException("topic " + topic + " does not exist");
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /**
   * Calls {@code onEvent} for each event until it returns false, or until nothing arrived for
   * {@code idle} (null: wait forever).
   */
  void read(Predicate<EnrichedArticle> onEvent, Duration idle) {
    long lastSeen = System.nanoTime();
    while (true) {
      var records = consumer.poll(Duration.ofMillis(200));
      for (ConsumerRecord<byte[], byte[]> r : records) {
        lastSeen = System.nanoTime();
        if (!onEvent.test(deserializer.deserialize(r.topic(), r.value()))) {
          return;
        }
      }
      if (idle != null && System.nanoTime() - lastSeen > idle.toNanos()) {
        return;
      }
    }
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
