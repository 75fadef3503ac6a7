package io.newswire.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private PlainJson() {}

  public static ObjectNode toJson(IndexedRecord record) {
    ObjectNode out = F.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      out.set(field.name(), value(record.get(field.pos()), field.schema()));
    }
    return out;
  }

  /** One line of JSON, as printed by the command line. */
  public static String toLine(IndexedRecord record) {
    try {
      return MAPPER.writeValueAsString(toJson(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode value(Object v, Schema schema) {
    if (v == null) {
      return F.nullNode();
    }
    switch (schema.getType()) {
      case UNION:
        for (Schema branch : schema.getTypes()) {
          if (branch.getType() != Schema.Type.NULL) {
            return value(v, branch);
          }
        }
        return F.nullNode();
      case RECORD:
        return toJson((IndexedRecord) v);
      case ARRAY: {
        ArrayNode a = F.arrayNode();
        for (Object item : (Collection<?>) v) {
          a.add(value(item, schema.getElementType()));
        }
        return a;
      }
      case MAP: {
        ObjectNode o = F.objectNode();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          o.set(e.getKey().toString(), value(e.getValue(), schema.getValueType()));
        }
        return o;
      }
      case INT:
      case LONG:
        if (v instanceof Instant i) {
          return F.textNode(i.toString());
        }
        if (v instanceof LocalDate d) {
          return F.textNode(d.toString());
        }
        return F.numberNode(((Number) v).longValue());
      case FLOAT:
      case DOUBLE:
        return F.numberNode(((Number) v).doubleValue());
      case BOOLEAN:
        return F.booleanNode((Boolean) v);
      case BYTES:
        ByteBuffer b = ((ByteBuffer) v).duplicate();
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return F.textNode(Base64.getEncoder().encodeToString(bytes));
      default:
        return F.textNode(v.toString());
    }
  }
}
