package io.newswire.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serializes a SpecificRecord in the Confluent wire format, registering its schema under
 * {@code <topic>-value} (TopicNameStrategy) on first use.
 *
 * <p>Config: {@code schema.registry.url} (required), {@code auto.register.schemas} (default true; when
 * false the schema must already be registered and is only looked up).
 */
public class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {
  public static final String REGISTRY_URL = "schema.registry.url";
  public static final String AUTO_REGISTER = "auto.register.schemas";

  static {
    AvroPackages.allowNewswire();
  }

  /** Bytes kept per thread between records; a larger record's buffer is dropped after it. */
  private static final int MAX_KEPT_BUFFER = 1 << 20;
  /**
   * Per thread, the output buffer and the buffered encoder of the last record, reused: the direct encoder
   * wrote every varint and string to a fresh stream one call at a time.
   */
  private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

  private static final class Buffer {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    BinaryEncoder encoder;
  }

  private SchemaRegistryClient registry;
  private boolean isKey;
  private boolean autoRegister = true;
  private Schema cachedSchema;
  private int cachedId = -1;
  private String cachedTopic;
  private SpecificDatumWriter<T> writer;
  private Schema writerSchema;

  public AvroSerializer() {}

  public AvroSerializer(SchemaRegistryClient registry) {
    this.registry = registry;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.isKey = isKey;
    if (registry == null) {
      Object url = configs.get(REGISTRY_URL);
      if (url == null) {
        throw new IllegalArgumentException(REGISTRY_URL + " is not configured");
      }
      registry = SchemaRegistryClient.shared(url.toString());
    }
    Object auto = configs.get(AUTO_REGISTER);
    if (auto != null) {
      autoRegister = Boolean.parseBoolean(auto.toString());
    }
  }

  public static String subject(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    if (registry == null) {
      throw new IllegalStateException("AvroSerializer used before configure()");
    }
    Schema schema = record.getSchema();
    int id = schemaId(topic, schema);
    Buffer b = BUFFER.get();
    try {
      // Reconfiguring first: a failed call's bytes still in the encoder go out before the reset, not after.
      BinaryEncoder enc = b.encoder = EncoderFactory.get().binaryEncoder(b.out, b.encoder);
      b.out.reset();
      b.out.write(WireFormat.MAGIC_BYTE);
      b.out.write(id >>> 24);
      b.out.write(id >>> 16);
      b.out.write(id >>> 8);
      b.out.write(id);
      writerFor(schema).write(record, enc);
      enc.flush();
      byte[] bytes = b.out.toByteArray();
      if (b.out.size() > MAX_KEPT_BUFFER) {
        BUFFER.remove(); // one huge record does not pin its buffer to the thread
      }
      return bytes;
    } catch (IOException | RuntimeException e) {
      BUFFER.remove();
      throw new SerializationException("cannot serialize " + schema.getFullName() + " for " + topic, e);
    }
  }

  private synchronized int schemaId(String topic, Schema schema) {
    if (schema.equals(cachedSchema) && topic.equals(cachedTopic)) {
      return cachedId;
    }
    String subject = subject(topic, isKey);
    int id = autoRegister
        ? registry.register(subject, schema)
        : registry.lookup(subject, schema).path("id").asInt();
    cachedSchema = schema;
    cachedTopic = topic;
    cachedId = id;
    return id;
  }

  private synchronized SpecificDatumWriter<T> writerFor(Schema schema) {
    if (writer == null || !schema.equals(writerSchema)) {
      writer = new SpecificDatumWriter<>(schema);
      writerSchema = schema;
    }
    return writer;
  }
}
