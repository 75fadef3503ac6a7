package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
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
    int[] w = WordSpans.beforeSpace(d, start, Character::isLetter);
    return w != null && w[1] - w[0] >= 4 && w[1] - w[0] <= 6 && MINISTER.contains(MatchingForm.key(d, w[0], w[1]));
  }
}
