package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * English (round 49): the knowledge base names the prime minister's office by its street, an organisation ("Downing Street
 * said", "a Downing Street adviser", as the English files annotate it); the street itself, after a house number or a
 * preposition of place ("at 10 Downing Street", "a news conference in Downing Street", "walking up Downing Street"), stays
 * a place. In the BBC pool outside the files, 12 of the 41 mentions are such.
 */
final class StreetBodies {
  private StreetBodies() {}

  private static final Set<String> STREETS = StringSet.of("Downing Street");
  private static final Set<String> PLACE_WORDS = StringSet.of("in", "at", "near", "up", "into", "to", "outside", "from", "of");

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String text = d.substring(m.start(), m.end());
      if (!STREETS.contains(text) || !afterNumberOrPlaceWord(d, m.start())) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start(), m.end(), CrossScriptId.english(EntityType.PLACE, text), EntityType.PLACE, text,
          false));
    }
    return edits.result();
  }

  /** Whether the word before {@code start} is a house number or a preposition of place. */
  static boolean afterNumberOrPlaceWord(String d, int start) {
    int[] w = WordSpans.beforeSpace(d, start, Character::isLetterOrDigit);
    return w != null && (Character.isDigit(d.charAt(w[0])) || PLACE_WORDS.contains(d.substring(w[0], w[1])));
  }
}
