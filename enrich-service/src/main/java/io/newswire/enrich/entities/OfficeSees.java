package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English (round 28): an office named by its see or its land ("the Archbishop of Wessex", "the Duke of Marbury") is no
 * body and names no person: the English files give the place only (r12, r25, r27: "the Bishop of Winchester", "the Prince
 * of Wales"), while a run kept the whole office as an organisation. An organisation or person mention written
 * "Title of X", the title a clerical or noble office and X capitalised, becomes the place X, joined to the article's place
 * of that name.
 */
final class OfficeSees {
  private OfficeSees() {}

  /** Offices named "Title of Place". */
  private static final String[] TITLES = {"Archbishop", "Bishop", "Prince", "Princess", "Duke", "Duchess", "Earl",
      "Countess", "Marquess"};

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() == EntityType.PLACE) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int from = placeAfterTitle(d, m.start(), m.end());
      if (from < 0) {
        continue;
      }
      String text = d.substring(from, m.end());
      Mention known = placeNamed(mentions, text);
      edits.set(i, known != null
          ? new Mention(m.field(), from, m.end(), known.entityId(), EntityType.PLACE, known.name(), false)
          : new Mention(m.field(), from, m.end(), CrossScriptId.orNameKey(EntityType.PLACE, text), EntityType.PLACE, text, false));
    }
    return edits.result();
  }

  /** Where X starts when [start, end) reads "Title of X", X capitalised and holding no further " of "; else -1. */
  static int placeAfterTitle(String d, int start, int end) {
    for (String t : TITLES) {
      int of = start + t.length();
      if (d.startsWith(t, start) && d.startsWith(" of ", of) && of + 4 < end && Character.isUpperCase(d.charAt(of + 4))) {
        int more = d.indexOf(" of ", of + 4);
        return more < 0 || more >= end ? of + 4 : -1;
      }
    }
    return -1;
  }

  private static Mention placeNamed(List<Mention> mentions, String name) {
    for (Mention o : mentions) {
      if (o.type() == EntityType.PLACE && !o.role() && name.equals(o.name())) {
        return o;
      }
    }
    return null;
  }
}
