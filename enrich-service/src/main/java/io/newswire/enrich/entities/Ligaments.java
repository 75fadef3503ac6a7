package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic: الرباط is Rabat and also the common noun "ligament". Followed by an adjective that names which ligament of
 * a joint (الرباط الصليبي, the cruciate ligament of sports injuries; الداخلي، الجانبي …), it is the body part, no
 * place: a city's name takes no such adjective.
 */
final class Ligaments {
  private static final String LIGAMENT = MatchingForm.key("الرباط");
  /** Adjectives of a ligament's kind or side: cruciate, collateral, inner, outer, lateral, front, back. */
  private static final Set<String> KINDS = MatchingForm.keys("الصليبي", "المتصالب", "الداخلي", "الخارجي", "الجانبي",
      "الأمامي", "الخلفي");

  private Ligaments() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.PLACE && !m.role()
        && ligament(fields.get(m.field()).display(), m.start(), m.end()));
  }

  static boolean ligament(String d, int start, int end) {
    if (end >= d.length() || d.charAt(end) != ' ' || !MatchingForm.key(d.substring(start, end)).endsWith(LIGAMENT)) {
      return false;
    }
    int k = end + 1;
    while (k < d.length() && Character.isLetter(d.charAt(k))) {
      k++;
    }
    return KINDS.contains(MatchingForm.key(d.substring(end + 1, k)));
  }
}
