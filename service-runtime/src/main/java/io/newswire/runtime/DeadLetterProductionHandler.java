package io.newswire.runtime;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Output that can never be written (a record too large for the topic, a value the serializer
 * refuses) would fail the task again on every retry and stop the pipeline: dead-letter the input
 * record that produced it, with its original bytes, and go on. A registry outage is not such a
 * record: fail, so the thread is replaced and the record retried once the registry answers.
 */
public class DeadLetterProductionHandler implements ProductionExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
  private String dlqTopic = Topics.DEFAULT.dlq();

  @Override
  public void configure(Map<String, ?> configs) {
    Object t = configs.get(DeadLetterDeserializationHandler.DLQ_TOPIC_CONFIG);
    if (t != null) {
      dlqTopic = t.toString();
    }
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception e) {
    if (e instanceof RecordTooLargeException) {
      return deadLetter(context, record.topic(), "too-large-output", e);
    }
    return Response.fail();
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception e,
      SerializationExceptionOrigin origin) {
    if (DeadLetterDeserializationHandler.causedByOutage(e)) {
      log.warn("schema registry unavailable while writing to {}; will retry", record.topic());
      return Response.fail();
    }
    return deadLetter(context, record.topic(), "serialization", e);
  }

  private Response deadLetter(ErrorHandlerContext context, String outputTopic, String reason, Exception e) {
    log.warn("dead-lettering input {}-{}@{}: cannot write to {}: {}", context.topic(), context.partition(),
        context.offset(), outputTopic, e.toString());
    PipelineMetrics.deadLetter(reason, "produce:" + outputTopic);
    return Response.resume(List.of(DeadLetters.record(dlqTopic, context.sourceRawKey(), context.sourceRawValue(),
        DeadLetters.headers(context.headers(), reason, "produce:" + outputTopic, e,
            context.topic(), context.partition(), context.offset()))));
  }
}
