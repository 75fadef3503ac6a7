package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.function.Function;

/**
 * English (round 27): a name the knowledge base lacks written right before a lower-case "tour" is the tour's own name
 * ("her Velvet Lantern tour", "the band's Silver Road tour"), an event's, which the conventions leave out
 * (r13, r26). A known place stays ("a UK tour": the country, as "US sales"), and so does a person ("Mr Harwick's tour").
 * Only the mentions before "tour" go; the name's other mentions are left to the rules.
 */
final class TourNames {
  private TourNames() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean tour = !m.role() && m.type() != EntityType.PERSON && kb.apply(m.entityId()) == null
          && tourAfter(fields.get(m.field()).display(), m.end());
      if (tour) {
        edits.drop(i);
      }
    }
    return edits.result();
  }

  /** " tour" right after {@code end}, in lower case and a word of its own (not "tournament", not "Tour"). */
  static boolean tourAfter(String d, int end) {
    return d.startsWith(" tour", end) && (end + 5 == d.length() || !Character.isLetter(d.charAt(end + 5)));
  }
}
