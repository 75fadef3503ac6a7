package io.newswire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Producer compression: compressed for a deployed service, none on the embedded stack's loopback unless asked. */
class CompressionRound28Test {
  private static final String KEY = "producer.compression.type";

  private static String compression(ServiceConfig c) {
    return c.streamsProperties().getProperty(KEY);
  }

  @Test
  void aDeployedServiceCompressesByDefault() {
    assertEquals("lz4", StreamsTuning.fromEnv(Map.of()).getProperty(KEY));
    assertEquals("zstd", StreamsTuning.fromEnv(Map.of("NEWSWIRE_COMPRESSION", "zstd")).getProperty(KEY));
  }

  @Test
  void theEmbeddedStackDoesNotCompressByDefault() {
    ServiceConfig c = ServiceConfig.fromEnv(Map.of(), "app", -1);
    assertEquals("none", compression(StreamsTuning.onLoopback(c, Map.of())));
  }

  @Test
  void theEmbeddedStackKeepsACodecItIsGiven() {
    // NEWSWIRE_COMPRESSION itself is read from the process environment by streamsProperties, so
    // here only that onLoopback leaves the setting alone when the variable is there.
    ServiceConfig c = ServiceConfig.fromEnv(Map.of(), "app", -1);
    assertEquals(c, StreamsTuning.onLoopback(c, Map.of("NEWSWIRE_COMPRESSION", "lz4")));
    ServiceConfig kafka = ServiceConfig.fromEnv(Map.of("KAFKA_PRODUCER_COMPRESSION_TYPE", "snappy"), "app", -1);
    assertEquals("snappy", compression(StreamsTuning.onLoopback(kafka, Map.of("KAFKA_PRODUCER_COMPRESSION_TYPE", "snappy"))));
  }
}
