package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class LocalDashboardConfigTest {
  private static final String COMPRESSION = StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG);

  @Test
  void theDashboardBesideTheEmbeddedBrokerDoesNotCompress() {
    var c = LocalDashboard.config(Map.of(), "127.0.0.1:9092", "http://127.0.0.1:8081", Path.of("/tmp/x"), 0);
    assertEquals("none", c.streamsProperties().get(COMPRESSION));
  }

  @Test
  void aCodecAskedForIsKept() {
    var c = LocalDashboard.config(Map.of("NEWSWIRE_COMPRESSION", "lz4"), "127.0.0.1:9092", "http://127.0.0.1:8081",
        Path.of("/tmp/x"), 0);
    // ServiceConfig reads NEWSWIRE_COMPRESSION from the process environment; onLoopback only steps aside
    assertEquals(false, c.clientOverrides().containsKey(COMPRESSION));
  }
}
