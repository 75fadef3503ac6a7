package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * Persian: ستاد followed by one word that is the surname of a person the article names (ستاد موسوی، ستاد کروبی)
 * is that person's campaign office, not a body: the office is no organisation, the word is the person.
 */
final class CampaignOffices {
  private static final String HEADQUARTERS = MatchingForm.key("ستاد");

  private CampaignOffices() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> names) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String text = d.substring(m.start(), m.end());
      int sp = text.indexOf(' ');
      if (sp <= 0 || text.indexOf(' ', sp + 1) >= 0 || !MatchingForm.key(text.substring(0, sp)).equals(HEADQUARTERS)) {
        continue;
      }
      String word = MatchingForm.key(text.substring(sp + 1));
      Mention person = personEndingWith(fields, names, word);
      if (person == null) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start() + sp + 1, m.end(), person.entityId(), EntityType.PERSON, person.name(), false));
    }
    return edits.result();
  }

  /** A person's name mention of two words or more whose last word is {@code word} (also {@link LeaderForces}'s test). */
  static Mention personEndingWith(List<FieldText> fields, List<Mention> names, String word) {
    for (Mention p : names) {
      if (p.type() != EntityType.PERSON || p.role()) {
        continue;
      }
      String t = fields.get(p.field()).display().substring(p.start(), p.end());
      int sp = t.lastIndexOf(' ');
      if (sp > 0 && MatchingForm.key(t.substring(sp + 1)).equals(word)) {
        return p;
      }
    }
    return null;
  }
}
