package io.newswire.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: magic byte 0, the schema id as a 4-byte big-endian int, then the Avro
 * binary encoding of the record. Confluent's own deserializers (any language) read exactly this.
 */
public final class WireFormat {
  public static final byte MAGIC_BYTE = 0x0;
  public static final int HEADER_SIZE = 5;

  private WireFormat() {}

  public static byte[] frame(int schemaId, byte[] avroBody) {
    ByteBuffer buf = ByteBuffer.allocate(HEADER_SIZE + avroBody.length);
    buf.put(MAGIC_BYTE).putInt(schemaId).put(avroBody);
    return buf.array();
  }

  /** Reads the schema id of a framed payload, rejecting anything that is not in the wire format. */
  public static int schemaId(byte[] payload) {
    if (payload == null || payload.length < HEADER_SIZE) {
      throw new SerializationException("Not Confluent wire format: payload of "
          + (payload == null ? 0 : payload.length) + " bytes is shorter than the 5-byte header");
    }
    if (payload[0] != MAGIC_BYTE) {
      throw new SerializationException(String.format(
          "Unknown magic byte 0x%02x: not Confluent wire format (expected 0x00)", payload[0] & 0xff));
    }
    return ByteBuffer.wrap(payload, 1, 4).getInt();
  }
}
