package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.GivenNames;
import java.util.List;
import java.util.Locale;

/**
 * English (round 30): a BBC headline is in sentence case, so its first word is capitalised by position, and headlines
 * pack a describing word before the name ("Ailing EuroDisney vows …", "Sprinter Walker quits …", "End Bush 'denial'
 * …"). A headline name run that opens the headline, that the body never writes whole, and whose rest after the first
 * word is a name the body does write (EuroDisney), is that name: the first word is left out and the mention joins the
 * body's entity. The first word must be no listed given name (Tony Blair, with only "Blair" in the body) and no name
 * the article writes on its own (Apple Mac, Nintendo DS: the firm); a capitals headline (Reuters) is left alone.
 */
final class HeadlineOpeners {
  private HeadlineOpeners() {}

  static List<Mention> trim(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      FieldText f = fields.get(m.field());
      if (m.role() || m.start() != 0 || !f.isHeadline()) {
        continue;
      }
      String d = f.display();
      int space = d.indexOf(' ');
      if (space <= 0 || space >= m.end() - 1 || d.indexOf(' ', space + 1) >= 0 && d.indexOf(' ', space + 1) < m.end()) {
        continue; // one word, or three or more: only "Word Name" runs
      }
      String first = d.substring(0, space);
      String rest = d.substring(space + 1, m.end());
      String whole = d.substring(0, m.end());
      if (!Character.isUpperCase(first.charAt(0)) || first.length() < 2 || !Character.isLowerCase(first.charAt(1))
          || GivenNames.english().contains(first.toLowerCase(Locale.ROOT)) || inBody(fields, whole)) {
        // a capitals headline (CONSOLIDATED TVX) is no sentence case
        continue;
      }
      Mention named = null;
      boolean firstNamed = false;
      for (Mention o : mentions) {
        if (o.role() || fields.get(o.field()).isHeadline()) {
          continue;
        }
        String t = fields.get(o.field()).display().substring(o.start(), o.end());
        if (named == null && t.equals(rest)) {
          named = o;
        }
        firstNamed |= t.equals(first);
      }
      if (named == null || firstNamed) {
        continue;
      }
      // the body's mentions merged into the headline's run take its long name (End Bush): the name is the rest
      String name = named.name().equals(whole) ? rest : named.name();
      edits.set(i, new Mention(m.field(), space + 1, m.end(), named.entityId(), named.type(), name, false));
      if (!name.equals(named.name())) {
        List<Mention> now = edits.current();
        for (int k = 0; k < now.size(); k++) {
          Mention o = now.get(k);
          if (named.entityId().equals(o.entityId()) && o.name().equals(whole)) {
            edits.set(k, new Mention(o.field(), o.start(), o.end(), o.entityId(), o.type(), name, o.role()));
          }
        }
      }
    }
    return edits.result();
  }

  /** The text stands in a field other than the headline. */
  private static boolean inBody(List<FieldText> fields, String text) {
    for (FieldText f : fields) {
      if (!f.isHeadline() && f.display().contains(text)) {
        return true;
      }
    }
    return false;
  }
}
