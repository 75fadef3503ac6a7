package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Person entities that one cued mention shows to be a body (a firm's head word after the name, "Corvane Foods"; a
 * band's kind before it, "rock band Harrow Street"): every mention of such an entity becomes the organisation, named
 * as that cued mention is written. Shared by {@link FirmHeads} and {@link BandNames}, which differ only in the cue.
 */
final class PersonsAsBodies {
  private PersonsAsBodies() {}

  /** Whether the mention at [start, end) of a field's display text is cued as a body. */
  @FunctionalInterface
  interface Cue {
    boolean test(String display, int start, int end);
  }

  /** A mention after Mr, Mrs, Ms or Dr: the entity is a person whatever cue another mention has. */
  static final Cue ADDRESSED = (d, start, end) -> HonorificPersons.honorificBefore(d, start);

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, Cue cue) {
    return retype(fields, mentions, cue, null);
  }

  /**
   * As {@link #retype(List, List, Cue)}, leaving out every person entity one of whose mentions {@code person} shows to be
   * a person (an honorific before it: "games maker X … Mr X said"). Shared by {@link FirmKindPersons} and {@link ItsFirms}.
   */
  static List<Mention> retypeUnlessPerson(List<FieldText> fields, List<Mention> mentions, Cue cue, Cue person) {
    Set<String> persons = null;
    Set<String> shown = null;
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.PERSON) {
        continue;
      }
      if (person.test(fields.get(m.field()).display(), m.start(), m.end())) {
        shown = shown == null ? new HashSet<>() : shown;
        shown.add(m.entityId());
      } else {
        persons = persons == null ? new HashSet<>() : persons;
        persons.add(m.entityId());
      }
    }
    if (persons == null) {
      return mentions;
    }
    if (shown != null) {
      persons.removeAll(shown);
    }
    return retype(fields, mentions, cue, persons);
  }

  /** As {@link #retype(List, List, Cue)}, for the person entities of {@code only} alone (all when null). */
  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, Cue cue, Set<String> only) {
    Map<String, Mention> cued = null; // the person entity's id to its first cued mention
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.PERSON || only != null && !only.contains(m.entityId())) {
        continue;
      }
      if (cue.test(fields.get(m.field()).display(), m.start(), m.end())) {
        if (cued == null) {
          cued = new HashMap<>();
        }
        cued.putIfAbsent(m.entityId(), m);
      }
    }
    if (cued == null) {
      return mentions;
    }
    Map<String, String[]> ids = new HashMap<>();
    for (Map.Entry<String, Mention> e : cued.entrySet()) {
      Mention c = e.getValue();
      String name = fields.get(c.field()).display().substring(c.start(), c.end());
      ids.put(e.getKey(), new String[] {CrossScriptId.orNameKey(EntityType.ORGANIZATION, name), name});
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String[] to = m.type() == EntityType.PERSON && !m.role() ? ids.get(m.entityId()) : null;
      out.add(to == null ? m : new Mention(m.field(), m.start(), m.end(), to[0], EntityType.ORGANIZATION, to[1], false));
    }
    return out;
  }
}
