package io.newswire.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The dead-letter record: the original key, value and headers untouched, plus headers that say why.
 * {@code newswire dlq list} reads these headers and {@code newswire dlq replay} strips them again.
 */
public final class DeadLetters {
  public static final String PREFIX = "newswire.dlq.";
  public static final String REASON = PREFIX + "reason";
  public static final String STAGE = PREFIX + "stage";
  public static final String EXCEPTION = PREFIX + "exception";
  public static final String MESSAGE = PREFIX + "message";
  public static final String TIME = PREFIX + "time";
  public static final String TOPIC = PREFIX + "topic";
  public static final String PARTITION = PREFIX + "partition";
  public static final String OFFSET = PREFIX + "offset";

  private DeadLetters() {}

  /** Original headers followed by the dead-letter headers. */
  public static Headers headers(Headers original, String reason, String stage, Throwable error,
      String topic, int partition, long offset) {
    RecordHeaders h = new RecordHeaders();
    if (original != null) {
      for (Header header : original) {
        if (!header.key().startsWith(PREFIX)) {
          h.add(header);
        }
      }
    }
    h.add(REASON, utf8(reason));
    h.add(STAGE, utf8(stage));
    if (error != null) {
      h.add(EXCEPTION, utf8(error.getClass().getName()));
      h.add(MESSAGE, utf8(String.valueOf(error.getMessage())));
    }
    h.add(TIME, utf8(Instant.now().toString()));
    if (topic != null) {
      h.add(TOPIC, utf8(topic));
      h.add(PARTITION, utf8(Integer.toString(partition)));
      h.add(OFFSET, utf8(Long.toString(offset)));
    }
    return h;
  }

  public static ProducerRecord<byte[], byte[]> record(String dlqTopic, byte[] key, byte[] value, Headers headers) {
    return new ProducerRecord<>(dlqTopic, null, key, value, headers);
  }

  public static String header(Headers headers, String name) {
    Header h = headers.lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
