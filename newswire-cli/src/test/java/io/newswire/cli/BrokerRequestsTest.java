package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.local.LocalStack;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class BrokerRequestsTest {
  @Test
  void countsTheEmbeddedBrokersProduceRequests() throws Exception {
    LocalStack.Options o = LocalStack.Options.ephemeral();
    try (LocalStack stack = LocalStack.start(new LocalStack.Options(o.dataDir(), true, "127.0.0.1", 0, 0, -1, -1, 1))) {
      BrokerRequests start = BrokerRequests.start();
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
        for (int i = 0; i < 5; i++) {
          // one at a time: five produce requests
          producer.send(new ProducerRecord<>(stack.topics().raw(), ("وكالة " + i).getBytes(StandardCharsets.UTF_8))).get();
        }
      }
      var perSecond = start.perSecond();
      assertTrue(perSecond.getOrDefault("Produce", 0L) >= 1, "produce requests not seen: " + perSecond);
    }
  }
}
