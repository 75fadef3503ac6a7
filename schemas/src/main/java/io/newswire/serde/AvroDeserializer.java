package io.newswire.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format into a SpecificRecord: the writer schema comes from the registry by
 * id, and Avro schema resolution maps it onto the reader class's schema, so events written with an
 * older (compatible) schema still decode.
 */
public class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
  static {
    AvroPackages.allowNewswire();
  }

  private final Schema readerSchema;
  private SchemaRegistryClient registry;
  private final Map<Integer, SpecificDatumReader<T>> readers = new ConcurrentHashMap<>();

  public AvroDeserializer(Class<T> type) {
    this(type, null);
  }

  public AvroDeserializer(Class<T> type, SchemaRegistryClient registry) {
    this.readerSchema = SpecificData.get().getSchema(type);
    this.registry = registry;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (registry == null) {
      Object url = configs.get(AvroSerializer.REGISTRY_URL);
      if (url == null) {
        throw new IllegalArgumentException(AvroSerializer.REGISTRY_URL + " is not configured");
      }
      registry = SchemaRegistryClient.shared(url.toString());
    }
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    if (registry == null) {
      throw new IllegalStateException("AvroDeserializer used before configure()");
    }
    int id = WireFormat.schemaId(data);
    SpecificDatumReader<T> reader;
    try {
      reader = readers.computeIfAbsent(id, i -> new SpecificDatumReader<>(registry.getById(i), readerSchema));
    } catch (SchemaRegistryException e) {
      if (e.isRetriable()) {
        throw e; // an outage, not a bad record: let the caller retry
      }
      throw new SerializationException("unknown schema id " + id + " on " + topic + ": " + e.getMessage(), e);
    }
    try {
      BinaryDecoder dec = DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_SIZE,
          data.length - WireFormat.HEADER_SIZE, null);
      return reader.read(null, dec);
    } catch (Exception e) {
      throw new SerializationException("corrupt Avro body for schema id " + id + " on " + topic, e);
    }
  }
}
