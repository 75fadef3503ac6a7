package io.newswire.registry;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/** Confluent's compatibility levels, checked with Avro's own {@link SchemaCompatibility}. */
public enum Compatibility {
  NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

  /**
   * Whether {@code candidate} may follow {@code previous} (oldest first). Non-transitive levels only
   * look at the latest previous version, as Confluent's registry does.
   */
  public boolean allows(Schema candidate, List<Schema> previous) {
    if (this == NONE || previous.isEmpty()) {
      return true;
    }
    List<Schema> against = name().endsWith("_TRANSITIVE") ? previous : List.of(previous.get(previous.size() - 1));
    for (Schema old : against) {
      boolean backward = canRead(candidate, old);
      boolean forward = canRead(old, candidate);
      boolean ok = switch (this) {
        case BACKWARD, BACKWARD_TRANSITIVE -> backward;
        case FORWARD, FORWARD_TRANSITIVE -> forward;
        case FULL, FULL_TRANSITIVE -> backward && forward;
        case NONE -> true;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean canRead(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
        == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
  }

  public static Compatibility parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RegistryError(422, 42203, "Invalid compatibility level: " + s);
    }
  }
}
