package io.newswire.local;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The embedded stack and the raw-bytes producer that the integration tests share. */
final class TestStacks {
  private TestStacks() {}

  /** Broker, registry and both services on free ports in a temporary directory, topics with 2 partitions. */
  static LocalStack ephemeral() throws Exception {
    LocalStack.Options o = LocalStack.Options.ephemeral();
    return LocalStack.start(new LocalStack.Options(o.dataDir(), true, "127.0.0.1", 0, 0, 0, 0, 2));
  }

  /** A producer of raw bytes that waits for every replica (acks=all), as a newsroom feed should. */
  static KafkaProducer<byte[], byte[]> producer(LocalStack stack) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
