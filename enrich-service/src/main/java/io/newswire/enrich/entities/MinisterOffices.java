package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 53): a body named right after وزير (وزير الحرس الوطني، نائبة وزير الخارجية الأميركية) is the minister's
 * office, a title, and the annotation conventions give nothing for it (r23: `وزير الحرس الوطني` nothing); the knowledge
 * base matched the body's alias there. Such a mention is dropped, as {@link PremierOffices} drops a government after
 * رئيس; the same body acting elsewhere in the text (قوات الحرس الوطني) keeps its own mentions.
 */
final class MinisterOffices {
  private MinisterOffices() {}

  /** The minister's word, bare or with a clitic (ووزير، لوزير، بوزير). */
  private static final Set<String> MINISTER = MatchingForm.keys("وزير", "وزيرة", "ووزير", "ووزيرة", "لوزير", "لوزيرة",
      "بوزير", "بوزيرة", "فوزير");

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && afterMinister(fields.get(m.field()).display(), m.start()));
  }

  /** Whether the word right before {@code start} (one space apart) is the minister's. */
  static boolean afterMinister(String d, int start) {
    if (start < 2 || d.charAt(start - 1) != ' ') {
      return false;
    }
    int e = start - 1;
    int s = e;
    while (s > 0 && Character.isLetter(d.charAt(s - 1))) {
      s--;
    }
    return e - s >= 4 && e - s <= 6 && MINISTER.contains(MatchingForm.key(d, s, e));
  }
}
