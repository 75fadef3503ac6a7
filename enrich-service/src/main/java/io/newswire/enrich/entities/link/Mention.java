package io.newswire.enrich.entities.link;

import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
  /** This span as a name of {@code other}'s entity: its id, type and name, no role (a relinked mention). */
  public Mention namedAs(Mention other) {
    return other.nameAt(field, start, end);
  }

  /** This mention under another entity id, all else kept (an entity merged or re-keyed). */
  public Mention withId(String id) {
    return new Mention(field, start, end, id, type, name, role);
  }

  /**
   * A name of this mention's entity (its id, type and name, no role) at [{@code s}, {@code e}) of field {@code f}: a
   * span widened, cut or found again.
   */
  public Mention nameAt(int f, int s, int e) {
    return new Mention(f, s, e, entityId, type, name, false);
  }

  /** The first of {@code mentions} in {@code field} that overlaps [{@code s}, {@code e}), or null. */
  public static Mention overlapping(List<Mention> mentions, int field, int s, int e) {
    int i = indexOverlapping(mentions, field, s, e);
    return i < 0 ? null : mentions.get(i);
  }

  /** The index of the first of {@code mentions} in {@code field} that overlaps [{@code s}, {@code e}), or -1. */
  public static int indexOverlapping(List<Mention> mentions, int field, int s, int e) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.field() == field && m.start() < e && s < m.end()) {
        return i;
      }
    }
    return -1;
  }

  /** Whether one of {@code mentions} in {@code field} runs over an edge of [{@code s}, {@code e}) (overlaps, not inside). */
  public static boolean crossing(List<Mention> mentions, int field, int s, int e) {
    for (Mention m : mentions) {
      if (m.field() == field && m.start() < e && s < m.end() && (m.start() < s || m.end() > e)) {
        return true;
      }
    }
    return false;
  }

  /** A new list of {@code mentions} without those overlapping {@code added}, then {@code added}. */
  public static List<Mention> replacing(List<Mention> mentions, Mention added) {
    List<Mention> out = new ArrayList<>(without(mentions,
        m -> m.field() == added.field() && m.start() < added.end() && added.start() < m.end()));
    out.add(added);
    return out;
  }

  /** {@code mentions} without those {@code drop} holds for; the same list when it holds for none. */
  public static List<Mention> without(List<Mention> mentions, Predicate<Mention> drop) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean dropped = drop.test(m);
      if (dropped && out == null) {
        out = new ArrayList<>(mentions.subList(0, i));
      } else if (!dropped && out != null) {
        out.add(m);
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * {@code mentions} with every one (no role) of an entity {@code to} holds named as {@code to}'s mention for it: its id,
   * type and name, no role (a name found to be some other entity, renamed wherever the article repeats it). The same
   * list when {@code to} is null.
   */
  public static List<Mention> renamed(List<Mention> mentions, Map<String, Mention> to) {
    return renamed(mentions, to, null);
  }

  /** As {@link #renamed(List, Map)}, only mentions of {@code type} (any type when null). */
  public static List<Mention> renamed(List<Mention> mentions, Map<String, Mention> to, EntityType type) {
    if (to == null) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention as = m.role() || type != null && m.type() != type ? null : to.get(m.entityId());
      out.add(as == null ? m : m.namedAs(as));
    }
    return out;
  }
}
