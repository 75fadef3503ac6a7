package io.newswire.enrich.entities.link;

import io.newswire.schema.EntityType;
import java.util.List;

/**
 * A resolved name in one field.
 *
 * @param field    field index in reading order
 * @param start    display char index
 * @param end      display char index, exclusive
 * @param entityId id of the entity it names
 * @param type     entity type
 * @param name     canonical name of the entity (English when the KB has one)
 * @param role     true for a role reference (أمير قطر) rather than a name
 */
public record Mention(int field, int start, int end, String entityId, EntityType type, String name, boolean role) {
  /** The first of {@code mentions} in {@code field} that overlaps [{@code s}, {@code e}), or null. */
  public static Mention overlapping(List<Mention> mentions, int field, int s, int e) {
    for (Mention m : mentions) {
      if (m.field() == field && m.start() < e && s < m.end()) {
        return m;
      }
    }
    return null;
  }
}
