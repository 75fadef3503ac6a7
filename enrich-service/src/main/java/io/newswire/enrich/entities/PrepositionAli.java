package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic: the matching form folds the preposition على ("on, against") onto the given name علي, so على + a definite
 * noun shaped like a family name (على الأراضي السورية، على المشتري أن، على التصدي) reads as a person, whose bare
 * "surname" then repeats through the text. Written with
 * alef maqsura and followed by a definite word, it is the preposition and its object: a given name written so
 * (Egyptian copy) is followed by a family name, which the copy that writes على for علي rarely makes definite.
 */
final class PrepositionAli {
  private PrepositionAli() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    Set<String> read = null; // persons named by على + a definite word
    for (Mention m : names) {
      if (m.type() == EntityType.PERSON && !m.role() && opensWithPreposition(fields.get(m.field()).display(), m.start(), m.end())) {
        if (read == null) {
          read = new HashSet<>();
        }
        read.add(m.entityId());
      }
    }
    if (read == null) {
      return names;
    }
    // a person whose only longer name is that phrase is no person: its bare repeats (الأراضي، المشتري) go too
    for (Mention m : names) {
      if (read.contains(m.entityId()) && !m.role()) {
        String d = fields.get(m.field()).display();
        int sp = d.indexOf(' ', m.start());
        if (sp >= 0 && sp < m.end() && !opensWithPreposition(d, m.start(), m.end())) {
          read.remove(m.entityId());
        }
      }
    }
    Set<String> phrases = read;
    return Mention.without(names, m -> m.type() == EntityType.PERSON && !m.role() && (phrases.contains(m.entityId())
        || opensWithPreposition(fields.get(m.field()).display(), m.start(), m.end())));
  }

  /** Whether {@code d[start, end)} opens with على (or وعلى) written with alef maqsura, then a definite word. */
  static boolean opensWithPreposition(String d, int start, int end) {
    int w = start;
    if (w < end && d.charAt(w) == 'و') {
      w++;
    }
    return end - w > 6 && d.startsWith("على ", w) && d.startsWith("ال", w + 4);
  }
}
