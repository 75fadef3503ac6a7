package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Round 50c: a repeated surname right after the particle that introduces a clause (وبحسب التقرير فإن عشماوي …، أكد
 * أن بروديل …) comes out with the particle as its first word. The particle is matched as written, with its hamza, so
 * that فان of a Dutch name (لويس فان غال) is never taken for it.
 */
final class ParticleOpenedPersons {
  private static final Set<String> PARTICLES = StringSet.of("إن", "أن", "فإن", "وإن", "وأن", "بأن", "لأن", "فأن");

  private ParticleOpenedPersons() {}

  static List<Mention> trim(List<FieldText> fields, List<Mention> names, Predicate<String> known) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int space = d.indexOf(' ', m.start());
      if (space < 0 || space >= m.end() || !PARTICLES.contains(d.substring(m.start(), space))) {
        continue;
      }
      int start = space;
      while (start < m.end() && d.charAt(start) == ' ') {
        start++;
      }
      if (start == m.end()) {
        continue;
      }
      boolean kept = m.entityId() != null && known.test(m.entityId());
      edits.set(i, kept ? new Mention(m.field(), start, m.end(), m.entityId(), EntityType.PERSON, m.name(), false)
          : VerbEndedPersons.recut(m, d, start, m.end()));
    }
    return edits.result();
  }
}
