package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.schema.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English (round 34): a two-or-more-word "person" that opens with a word the article names a body by on its own ("Sony …
 * Sony Ericsson", "Exeter … Exeter City", "Deutsche Boerse" after a bare "Deutsche"), that word no given name, is that
 * body's kin, a firm or a club, not a man (the model reads an unknown second word as a surname). The reverse of
 * {@link FirmFirstWords}.
 */
final class FirmWordPersons {
  private FirmWordPersons() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    Set<String> bodyWords = null; // the one-word organisation mentions of the article, as written
    for (Mention m : mentions) {
      if (!m.role() && m.type() == EntityType.ORGANIZATION) {
        String t = fields.get(m.field()).display().substring(m.start(), m.end());
        if (t.indexOf(' ') < 0 && t.indexOf('\n') < 0) {
          if (bodyWords == null) {
            bodyWords = new HashSet<>();
          }
          bodyWords.add(t);
        }
      }
    }
    if (bodyWords == null) {
      return mentions;
    }
    Set<String> words = bodyWords;
    return PersonsAsBodies.retype(fields, mentions, (d, start, end) -> opensWithBodyWord(d, start, end, words));
  }

  static boolean opensWithBodyWord(String d, int start, int end, Set<String> bodyWords) {
    int sp = start;
    while (sp < end && d.charAt(sp) != ' ' && d.charAt(sp) != '\n') {
      sp++;
    }
    if (sp >= end) {
      return false;
    }
    String first = d.substring(start, sp);
    return bodyWords.contains(first) && !GivenNames.english().contains(first.toLowerCase(Locale.ROOT));
  }
}
