package io.newswire.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.serde.SchemaRegistryException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/** Poison records become dead letters with their original bytes; outages are retried instead. */
class DeadLetterHandlersTest {
  static final byte[] KEY = "story-1".getBytes(StandardCharsets.UTF_8);
  static final byte[] VALUE = "خبر عاجل".getBytes(StandardCharsets.UTF_8);

  /** The context Kafka Streams hands a handler: where the failing input record came from. */
  record Context(String topic, int partition, long offset, Headers headers, String processorNodeId, TaskId taskId,
      long timestamp, byte[] sourceRawKey, byte[] sourceRawValue) implements ErrorHandlerContext {}

  static Context context() {
    RecordHeaders h = new RecordHeaders();
    h.add("source", "wire-1".getBytes(StandardCharsets.UTF_8));
    return new Context("news.dispatch.raw", 1, 42L, h, "parse", new TaskId(0, 1), 0L, KEY, VALUE);
  }

  @Test
  void serializationPoisonIsDeadLetteredWithTheInputBytes() {
    DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
    handler.configure(Map.of(DeadLetterDeserializationHandler.DLQ_TOPIC_CONFIG, "dlq-test"));
    ProductionExceptionHandler.Response r = handler.handleSerializationError(context(),
        new ProducerRecord<>("news.article.parsed", "k", "v"), new SerializationException("bad value"),
        ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);
    assertEquals(ProductionExceptionHandler.Result.RESUME, r.result());
    ProducerRecord<byte[], byte[]> dead = r.deadLetterQueueRecords().get(0);
    assertEquals("dlq-test", dead.topic());
    assertArrayEquals(KEY, dead.key());
    assertArrayEquals(VALUE, dead.value());
    assertEquals("serialization", DeadLetters.header(dead.headers(), DeadLetters.REASON));
    assertEquals("wire-1", DeadLetters.header(dead.headers(), "source"));
    assertEquals("42", DeadLetters.header(dead.headers(), DeadLetters.OFFSET));
  }

  @Test
  void tooLargeOutputIsDeadLettered() {
    ProductionExceptionHandler.Response r = new DeadLetterProductionHandler().handleError(context(),
        new ProducerRecord<>("news.article.enriched", new byte[0], new byte[0]), new RecordTooLargeException("5 MiB"));
    assertEquals(ProductionExceptionHandler.Result.RESUME, r.result());
    assertEquals("too-large-output", DeadLetters.header(r.deadLetterQueueRecords().get(0).headers(), DeadLetters.REASON));
  }

  @Test
  void registryOutageFailsTheTaskForARetryInsteadOfDeadLettering() {
    SerializationException wrapped = new SerializationException("cannot serialize",
        new SchemaRegistryException("schema registry http://127.0.0.1:1 unreachable", new java.io.IOException("refused")));
    ProductionExceptionHandler.Response r = new DeadLetterProductionHandler().handleSerializationError(context(),
        new ProducerRecord<>("t", "k", "v"), wrapped, ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);
    assertEquals(ProductionExceptionHandler.Result.FAIL, r.result());

    DeserializationExceptionHandler.Response d = new DeadLetterDeserializationHandler().handleError(context(),
        new ConsumerRecord<>("t", 0, 0L, KEY, VALUE), wrapped);
    assertEquals(DeserializationExceptionHandler.Result.FAIL, d.result());
  }

  @Test
  void corruptInputIsDeadLetteredByTheDeserializationHandler() {
    DeserializationExceptionHandler.Response d = new DeadLetterDeserializationHandler().handleError(context(),
        new ConsumerRecord<>("news.article.parsed", 0, 7L, KEY, VALUE), new SerializationException("Unknown magic byte 0x07"));
    assertEquals(DeserializationExceptionHandler.Result.RESUME, d.result());
    assertArrayEquals(VALUE, d.deadLetterQueueRecords().get(0).value());
    assertEquals("deserialization", DeadLetters.header(d.deadLetterQueueRecords().get(0).headers(), DeadLetters.REASON));
  }
}
