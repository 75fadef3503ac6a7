package io.newswire.runtime;

import io.newswire.serde.SchemaRegistryException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poison records (wrong magic byte, unknown schema id, corrupt Avro) go to the DLQ with their original
 * bytes and processing continues. A registry outage is not the record's fault: fail the task so the
 * thread is replaced and the record re-read once the registry is back, never dead-lettered.
 */
public class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
  public static final String DLQ_TOPIC_CONFIG = "newswire.dlq.topic";
  private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
  private String dlqTopic = Topics.DEFAULT.dlq();

  @Override
  public void configure(Map<String, ?> configs) {
    Object t = configs.get(DLQ_TOPIC_CONFIG);
    if (t != null) {
      dlqTopic = t.toString();
    }
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception e) {
    if (causedByOutage(e)) {
      log.warn("schema registry unavailable while reading {}-{}@{}; will retry", record.topic(), record.partition(), record.offset());
      return Response.fail();
    }
    log.warn("dead-lettering undecodable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
    PipelineMetrics.deadLetter("deserialization", context.processorNodeId());
    return Response.resume(List.of(DeadLetters.record(dlqTopic, record.key(), record.value(),
        DeadLetters.headers(record.headers(), "deserialization", "deserialize:" + record.topic(), e,
            record.topic(), record.partition(), record.offset()))));
  }

  static boolean causedByOutage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SchemaRegistryException sre && sre.isRetriable()) {
        return true;
      }
    }
    return false;
  }
}
