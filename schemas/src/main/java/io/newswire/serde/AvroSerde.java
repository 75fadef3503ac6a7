package io.newswire.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Kafka Serde for a SpecificRecord class in the Confluent wire format. */
public final class AvroSerde<T extends SpecificRecord> extends Serdes.WrapperSerde<T> {
  public AvroSerde(Class<T> type) {
    super(new AvroSerializer<>(), new AvroDeserializer<>(type));
  }

  public AvroSerde(Class<T> type, SchemaRegistryClient registry) {
    super(new AvroSerializer<>(registry), new AvroDeserializer<>(type, registry));
  }

  /** A value serde already configured with the registry URL. */
  public static <T extends SpecificRecord> Serde<T> forValues(Class<T> type, String registryUrl) {
    AvroSerde<T> serde = new AvroSerde<>(type);
    serde.configure(Map.of(AvroSerializer.REGISTRY_URL, registryUrl), false);
    return serde;
  }
}
