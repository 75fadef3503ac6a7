package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English (round 45): a firm's dotted legal form keeps its last full stop ("Harwick Holdings N.V.", "Corvane Partners
 * L.P.", "Northfield Bank N.A."), as the English files write it (r-rows' `WTC International N.V.`, `Chase Manhattan
 * Bank N.A.`, `Pain Jacquet S.A.`); the runs stopped before it, most often where the stop also ends the sentence or a
 * bracketed name. An organisation mention ending with such a form right before a "." takes the stop in.
 */
final class LegalFormStops {
  private LegalFormStops() {}

  /** Dotted legal forms, their last stop left off. */
  private static final String[] FORMS = {"N.V", "B.V", "L.P", "N.A", "S.A", "A.G", "S.p.A"};

  static List<Mention> extend(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.field() >= fields.size()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (m.end() >= d.length() || d.charAt(m.end()) != '.' || !Character.isUpperCase(d.charAt(m.end() - 1))
          || !Fixtures.endsWithHead(d, m.start(), m.end(), FORMS)) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start(), m.end() + 1, m.entityId(), m.type(), m.name(), m.role()));
    }
    return edits.result();
  }
}
