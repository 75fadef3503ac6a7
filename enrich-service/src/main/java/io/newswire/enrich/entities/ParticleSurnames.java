package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English (round 44): a person whose surname opens with a particle ("Gerhard de Kock", "Tom von Garlem") is repeated with
 * it ("De Kock, interviewed on television", "von Garlem said"); the repeats the rules took stop after the particle
 * ("Kock", "Garlem"), a sentence's first word or a lower-case word being no part of a name. A one-word repeat of such a
 * person, right after the particle of the person's own name (in either case), takes the particle in.
 */
final class ParticleSurnames {
  private ParticleSurnames() {}

  private static final Set<String> PARTICLES = Set.of("de", "van", "von", "du", "da", "di", "der", "le", "la", "del", "della");

  static List<Mention> extend(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PERSON || m.name() == null || m.field() >= fields.size()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String text = d.substring(m.start(), m.end());
      if (text.indexOf(' ') >= 0) {
        continue;
      }
      String particle = particleBefore(m.name(), text);
      int ps = m.start() - 1 - (particle == null ? 0 : particle.length());
      if (particle == null || ps < 0 || d.charAt(m.start() - 1) != ' '
          || !d.substring(ps, m.start() - 1).equalsIgnoreCase(particle)
          || ps > 0 && Character.isLetterOrDigit(d.charAt(ps - 1))) {
        continue;
      }
      edits.set(i, new Mention(m.field(), ps, m.end(), m.entityId(), m.type(), m.name(), m.role()));
    }
    return edits.result();
  }

  /** The lower-case particle right before {@code surname} at the end of {@code name} ("de" in "Gerhard de Kock"), or null. */
  private static String particleBefore(String name, String surname) {
    if (!name.endsWith(" " + surname)) {
      return null;
    }
    String rest = name.substring(0, name.length() - surname.length() - 1);
    int sp = rest.lastIndexOf(' ');
    String p = rest.substring(sp + 1);
    return sp > 0 && PARTICLES.contains(p) ? p : null;
  }
}
