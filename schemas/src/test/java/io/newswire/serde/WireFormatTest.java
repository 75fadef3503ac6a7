package io.newswire.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Source;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Pins the Confluent wire format byte by byte. */
class WireFormatTest {

  @Test
  void frameIsMagicZeroThenBigEndianIdThenBody() {
    byte[] framed = WireFormat.frame(0x01020304, new byte[] {9, 8});
    assertArrayEquals(new byte[] {0, 1, 2, 3, 4, 9, 8}, framed);
    assertEquals(0x01020304, WireFormat.schemaId(framed));
  }

  @Test
  void serializerWritesExactConfluentBytes() {
    AvroSerializer<Source> ser = new AvroSerializer<>();
    ser.configure(Map.of(AvroSerializer.REGISTRY_URL, "mem://wire-format-exact"), false);
    Source s = Source.newBuilder().setAgency(null).setFeed("ap").setReceivedAt(Instant.ofEpochMilli(1000)).build();
    byte[] bytes = ser.serialize("news.test", s);
    // magic 0 | schema id 1 (first schema in this registry), big-endian | Avro binary:
    // agency: union branch 0 (null) -> 0x00; feed: length 2 zigzag -> 0x04, 'a', 'p';
    // receivedAt: 1000 zigzag 2000 -> varint 0xD0 0x0F
    assertArrayEquals(new byte[] {0, 0, 0, 0, 1, 0x00, 0x04, 'a', 'p', (byte) 0xD0, 0x0F}, bytes);
  }

  @Test
  void serializerUsesSchemaIdAssignedUnderTopicValueSubject() {
    SchemaRegistryClient registry = SchemaRegistryClient.shared("mem://wire-format-subject");
    int other = registry.register("something-else-value", org.apache.avro.Schema.create(org.apache.avro.Schema.Type.STRING));
    AvroSerializer<Source> ser = new AvroSerializer<>();
    ser.configure(Map.of(AvroSerializer.REGISTRY_URL, "mem://wire-format-subject"), false);
    byte[] bytes = ser.serialize("news.test", Source.newBuilder().setFeed("x").setReceivedAt(Instant.EPOCH).build());
    int id = WireFormat.schemaId(bytes);
    assertEquals(other + 1, id);
    assertEquals(Source.getClassSchema(), registry.getById(id));
  }

  @Test
  void roundTripThroughDeserializer() {
    AvroSerde<Source> serde = new AvroSerde<>(Source.class);
    serde.configure(Map.of(AvroSerializer.REGISTRY_URL, "mem://wire-format-roundtrip"), false);
    Source s = Source.newBuilder().setAgency("وكالة مهر").setFeed("mehr-ar").setReceivedAt(Instant.ofEpochMilli(1732870000123L)).build();
    Source back = serde.deserializer().deserialize("news.test", serde.serializer().serialize("news.test", s));
    assertEquals(s, back);
  }

  @Test
  void wrongMagicByteIsRejectedWithAClearMessage() {
    AvroDeserializer<Source> de = new AvroDeserializer<>(Source.class);
    de.configure(Map.of(AvroSerializer.REGISTRY_URL, "mem://wire-format-magic"), false);
    SerializationException e = assertThrows(SerializationException.class,
        () -> de.deserialize("t", new byte[] {1, 0, 0, 0, 1, 0}));
    assertTrue(e.getMessage().contains("Unknown magic byte 0x01"), e.getMessage());
  }

  @Test
  void truncatedPayloadIsRejected() {
    SerializationException e = assertThrows(SerializationException.class, () -> WireFormat.schemaId(new byte[] {0, 0, 1}));
    assertTrue(e.getMessage().contains("shorter than the 5-byte header"), e.getMessage());
  }

  @Test
  void unknownSchemaIdIsRejectedAsPoisonNotAsOutage() {
    AvroDeserializer<Source> de = new AvroDeserializer<>(Source.class);
    de.configure(Map.of(AvroSerializer.REGISTRY_URL, "mem://wire-format-unknown"), false);
    SerializationException e = assertThrows(SerializationException.class,
        () -> de.deserialize("t", WireFormat.frame(4242, new byte[] {0, 2, 'x', 0})));
    assertTrue(e.getMessage().contains("unknown schema id 4242"), e.getMessage());
  }

  @Test
  void corruptBodyIsRejected() {
    AvroSerde<Source> serde = new AvroSerde<>(Source.class);
    serde.configure(Map.of(AvroSerializer.REGISTRY_URL, "mem://wire-format-corrupt"), false);
    byte[] good = serde.serializer().serialize("t", Source.newBuilder().setFeed("f").setReceivedAt(Instant.EPOCH).build());
    byte[] corrupt = java.util.Arrays.copyOf(good, 6); // header and one byte of the body
    corrupt[5] = 0x7f; // union branch -64: no such branch
    SerializationException e = assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", corrupt));
    assertTrue(e.getMessage().contains("corrupt Avro body"), e.getMessage());
  }

  /** The per-thread buffer and encoder are reused: record after record, and after a record that failed. */
  @Test
  void reusedBufferGivesEachRecordItsOwnBytes() throws Exception {
    AvroSerializer<Source> ser = new AvroSerializer<>();
    ser.configure(Map.of(AvroSerializer.REGISTRY_URL, "mem://wire-format-reuse"), false);
    String[] feeds = {"ap", "وكالة الأنباء ".repeat(400), "", "x".repeat(20_000), "خبرگزاری مهر", "reuters"};
    for (int round = 0; round < 2; round++) {
      for (String feed : feeds) {
        Source s = Source.newBuilder().setAgency(feed.isEmpty() ? null : "a").setFeed(feed)
            .setReceivedAt(Instant.ofEpochMilli(1732870000123L + feed.length())).build();
        byte[] bytes = ser.serialize("news.test", s);
        assertArrayEquals(direct(WireFormat.schemaId(bytes), s), bytes, feed);
      }
      Source broken = new Source();
      broken.setFeed(null); // a required string: the writer fails part-way through the record
      assertThrows(SerializationException.class, () -> ser.serialize("news.test", broken));
    }
  }

  /** The record framed as the serializer wrote it before it reused buffers: a fresh direct encoder. */
  private static byte[] direct(int id, Source s) throws Exception {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    org.apache.avro.io.BinaryEncoder enc = org.apache.avro.io.EncoderFactory.get().directBinaryEncoder(body, null);
    new org.apache.avro.specific.SpecificDatumWriter<Source>(Source.getClassSchema()).write(s, enc);
    enc.flush();
    return WireFormat.frame(id, body.toByteArray());
  }
}
