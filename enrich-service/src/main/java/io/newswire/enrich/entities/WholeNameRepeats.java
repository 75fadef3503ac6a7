package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A person the article names whole once (مارسيل خليفة، سعد الدوابشة، عز الدين ذو الفقار) is written whole again
 * elsewhere, but there the tagger may stop after the given name: خليفة, الدوابشة and ذو are common words too. A
 * person mention that the article's own longer person mention continues, word for word in the text right after it,
 * is that whole name: the mention takes the longer one's span, entity and name. Only text the document itself
 * names whole, so nothing is guessed; a word another mention holds is left to it.
 */
final class WholeNameRepeats {
  private WholeNameRepeats() {}

  static List<Mention> widen(List<FieldText> fields, List<Mention> names) {
    List<Mention> whole = null;
    for (Mention m : names) {
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      int space = fields.get(m.field()).display().indexOf(' ', m.start());
      if (space > m.start() && space < m.end()) { // a name of two words or more
        if (whole == null) {
          whole = new ArrayList<>();
        }
        whole.add(m);
      }
    }
    if (whole == null) {
      return names;
    }
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int len = m.end() - m.start();
      Mention best = null;
      int bestLen = len;
      for (Mention w : whole) {
        String wd = fields.get(w.field()).display();
        int wl = w.end() - w.start();
        // the longer name opens with this mention's words and goes on, a word boundary after each
        if (wl <= bestLen || wd.charAt(w.start() + len) != ' ' || !wd.regionMatches(w.start(), d, m.start(), len)
            || !d.regionMatches(m.start(), wd, w.start(), wl)
            || m.start() + wl < d.length() && Character.isLetter(d.charAt(m.start() + wl))) {
          continue;
        }
        best = w;
        bestLen = wl;
      }
      if (best == null || Mention.overlapping(names, m.field(), m.end(), m.start() + bestLen) != null) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start(), m.start() + bestLen, best.entityId(), EntityType.PERSON, best.name(),
          false));
    }
    return edits.result();
  }
}
