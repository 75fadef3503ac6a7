package io.newswire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** max.task.idle.ms: disabled for the pipeline's one-partition tasks, still settable for a topology that joins. */
class TaskIdleRound29Test {
  private static long taskIdle(Properties p) {
    return new StreamsConfig(p).getLong(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG);
  }

  @Test
  void theServicesDoNotWaitForEmptyPartitions() {
    assertEquals("-1", StreamsTuning.fromEnv(Map.of()).getProperty(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG));
    // the whole service configuration, as Kafka Streams reads it
    assertEquals(StreamsConfig.MAX_TASK_IDLE_MS_DISABLED, taskIdle(ServiceConfig.fromEnv(Map.of(), "app", -1).streamsProperties()));
  }

  @Test
  void aKafkaVariableSetsItBack() {
    ServiceConfig joins = ServiceConfig.fromEnv(Map.of("KAFKA_MAX_TASK_IDLE_MS", "0"), "app", -1);
    assertEquals(0L, taskIdle(joins.streamsProperties()));
  }
}
