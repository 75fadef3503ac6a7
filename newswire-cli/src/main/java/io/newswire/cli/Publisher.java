package io.newswire.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Sends dispatches to the raw topic: id as the record key, metadata as headers; waits for acks. */
public final class Publisher {
  private Publisher() {}

  public static int send(String bootstrap, String topic, List<Input> inputs) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Kafka.producer(bootstrap))) {
      List<Future<RecordMetadata>> acks = new java.util.ArrayList<>(inputs.size());
      for (Input in : inputs) {
        RecordHeaders headers = new RecordHeaders();
        for (Map.Entry<String, String> h : in.headers().entrySet()) {
          headers.add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
        }
        byte[] key = in.id() == null ? null : in.id().getBytes(StandardCharsets.UTF_8);
        acks.add(producer.send(new ProducerRecord<>(topic, null, key, in.body(), headers)));
      }
      producer.flush();
      for (Future<RecordMetadata> ack : acks) {
        ack.get();
      }
      return acks.size();
    }
  }
}
