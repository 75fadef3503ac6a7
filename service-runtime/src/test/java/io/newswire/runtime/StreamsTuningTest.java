package io.newswire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StreamsTuningTest {
  @Test
  void streamThreadsFetchInBatchesByDefaultAndRestoreDoesNot() {
    Properties p = StreamsTuning.fromEnv(Map.of());
    assertEquals("10", p.getProperty("main.consumer.fetch.max.wait.ms"));
    assertEquals("65536", p.getProperty("main.consumer.fetch.min.bytes"));
    assertNull(p.getProperty("restore.consumer.fetch.min.bytes"), "a store's restore fetches as fast as it can");
    assertNull(p.getProperty("fetch.min.bytes"), "not for every consumer");
    assertEquals("20", p.getProperty("producer.linger.ms"), "below the 50 ms commit interval, which flushes anyway");
  }

  @Test
  void environmentOverridesTheFetchSettings() {
    Properties p = StreamsTuning.fromEnv(Map.of("NEWSWIRE_FETCH_MAX_WAIT_MS", "0", "NEWSWIRE_FETCH_MIN_BYTES", "1"));
    assertEquals("0", p.getProperty("main.consumer.fetch.max.wait.ms"));
    assertEquals("1", p.getProperty("main.consumer.fetch.min.bytes"));
  }
}
