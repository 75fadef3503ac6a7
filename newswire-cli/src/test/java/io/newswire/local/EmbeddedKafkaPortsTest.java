package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaPortsTest {
  /** A broker's client and controller listeners must not share a port (one CI run failed that way). */
  @Test
  void portsAskedTogetherAreDistinct() {
    for (int round = 0; round < 50; round++) {
      int[] ports = EmbeddedKafka.freePorts(4);
      assertEquals(4, Arrays.stream(ports).distinct().count(), Arrays.toString(ports));
      assertTrue(Arrays.stream(ports).allMatch(p -> p > 0 && p < 65536), Arrays.toString(ports));
    }
  }
}
