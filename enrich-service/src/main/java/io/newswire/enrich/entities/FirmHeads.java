package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English (round 28): a name that ends with a company's head noun ("Corvane Foods", "Halden Motor", "Brightwater Films",
 * "Marlow Holdings") is a firm, whoever it was named after: no person's name ends with such a noun. The runs or the model
 * typed a firm named after its founder a person ("X Foods" as Mr X), and its bare repeats followed. Every mention of a person
 * entity one of whose mentions ends with such a head becomes the organisation.
 */
final class FirmHeads {
  private FirmHeads() {}

  /** Head nouns that end a company's name, as written. */
  private static final String[] HEADS = {"Films", "Foods", "Motor", "Motors", "Studios", "Records", "Pictures", "Airlines",
      "Airways", "Holdings", "Industries", "Electronics", "Pharmaceuticals", "Petroleum", "Corp", "Corporation", "Inc", "Ltd",
      "plc", "Group", "Insurance", "Securities", "Productions", "Communications", "Technologies"};

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    Map<String, Mention> firms = null; // the person entity's id to its mention with the head
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.PERSON) {
        continue;
      }
      if (endsWithHead(fields.get(m.field()).display(), m.start(), m.end())) {
        if (firms == null) {
          firms = new HashMap<>();
        }
        firms.putIfAbsent(m.entityId(), m);
      }
    }
    if (firms == null) {
      return mentions;
    }
    Map<String, String[]> ids = new HashMap<>();
    for (Map.Entry<String, Mention> e : firms.entrySet()) {
      Mention h = e.getValue();
      String name = fields.get(h.field()).display().substring(h.start(), h.end());
      ids.put(e.getKey(), new String[] {CrossScriptId.orNameKey(EntityType.ORGANIZATION, name), name});
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String[] to = m.type() == EntityType.PERSON && !m.role() ? ids.get(m.entityId()) : null;
      out.add(to == null ? m : new Mention(m.field(), m.start(), m.end(), to[0], EntityType.ORGANIZATION, to[1], false));
    }
    return out;
  }

  /** Two words or more, the last one a company head. */
  static boolean endsWithHead(String d, int start, int end) {
    return Fixtures.endsWithHead(d, start, end, HEADS);
  }
}
