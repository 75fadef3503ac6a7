package io.newswire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * The public JSON form of newswire's records: field names exactly as in the Avro schema, unions
 * unwrapped (a value or null, never Avro's {"string": …} wrapper), enums as their symbol, and
 * timestamps as ISO-8601 UTC strings. Evaluation tools and the {@code enrich}, {@code demo} and
 * {@code tail} commands all print this form.
 */
public final class PlainJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private PlainJson() {}

  /** The record as a tree: what {@link #toLine} writes, read back (one writer for both forms). */
  public static ObjectNode toJson(IndexedRecord record) {
    return MAPPER.valueToTree(new Streamed(record));
  }

  /**
   * One line of JSON, as printed by the command line, streamed from the record without building a tree
   * first (every enriched dispatch goes through here).
   */
  public static String toLine(IndexedRecord record) {
    try {
      return MAPPER.writeValueAsString(new Streamed(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A record that writes itself field by field, value by value. */
  private record Streamed(IndexedRecord record) implements JsonSerializable {
    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
      write(g, record);
    }

    @Override
    public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer types) throws IOException {
      write(g, record);
    }
  }

  private static void write(JsonGenerator g, IndexedRecord record) throws IOException {
    g.writeStartObject();
    for (Schema.Field field : record.getSchema().getFields()) {
      g.writeFieldName(field.name());
      write(g, record.get(field.pos()), field.schema());
    }
    g.writeEndObject();
  }

  /** One value by its schema: unions unwrapped, timestamps as ISO-8601 strings, bytes as Base64. */
  private static void write(JsonGenerator g, Object v, Schema schema) throws IOException {
    if (v == null) {
      g.writeNull();
      return;
    }
    switch (schema.getType()) {
      case UNION:
        for (Schema branch : schema.getTypes()) {
          if (branch.getType() != Schema.Type.NULL) {
            write(g, v, branch);
            return;
          }
        }
        g.writeNull();
        return;
      case RECORD:
        write(g, (IndexedRecord) v);
        return;
      case ARRAY:
        g.writeStartArray();
        for (Object item : (Collection<?>) v) {
          write(g, item, schema.getElementType());
        }
        g.writeEndArray();
        return;
      case MAP:
        g.writeStartObject();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          g.writeFieldName(e.getKey().toString());
          write(g, e.getValue(), schema.getValueType());
        }
        g.writeEndObject();
        return;
      case INT:
      case LONG:
        if (v instanceof Instant i) {
          g.writeString(i.toString());
        } else if (v instanceof LocalDate d) {
          g.writeString(d.toString());
        } else {
          g.writeNumber(((Number) v).longValue());
        }
        return;
      case FLOAT:
      case DOUBLE:
        g.writeNumber(((Number) v).doubleValue());
        return;
      case BOOLEAN:
        g.writeBoolean((Boolean) v);
        return;
      case BYTES:
        g.writeString(base64((ByteBuffer) v));
        return;
      default:
        g.writeString(v.toString());
    }
  }

  private static String base64(ByteBuffer buffer) {
    ByteBuffer b = buffer.duplicate();
    byte[] bytes = new byte[b.remaining()];
    b.get(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
