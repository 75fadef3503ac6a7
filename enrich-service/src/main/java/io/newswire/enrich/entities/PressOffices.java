package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Persian copy relays a body's press office, ستاد خبری X (به نقل از ستاد خبری حوزه هنری): the office has no name of
 * its own, so the annotation conventions mark the body X, as they mark a body after روابط عمومی, and nothing where X
 * is a gathering (ستاد خبری نمایشگاه …، ستاد خبری هشتمین جشنواره: an event, no entity; round 45). The recognizer read
 * the office and its body as one name, which no other mention shares. The mention becomes the body's where the
 * dispatch names that body elsewhere (its entity taken from there), and is dropped where a gathering's head follows.
 */
final class PressOffices {
  private static final String OFFICE = MatchingForm.key("ستاد خبری");
  /** Heads of a gathering's name: an exhibition, a conference, a festival, a congress, a contest, a week. */
  private static final Set<String> GATHERINGS = MatchingForm.keys("نمایشگاه", "همایش", "جشنواره", "کنگره", "اجلاس",
      "مسابقات", "هفته");

  private PressOffices() {}

  static List<Mention> cut(List<FieldText> fields, List<Mention> names) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String key = MatchingForm.key(d.substring(m.start(), m.end()));
      if (!key.startsWith(OFFICE + " ")) {
        continue;
      }
      String body = key.substring(OFFICE.length() + 1);
      if (GATHERINGS.contains(firstWord(body))) {
        edits.drop(i);
        continue;
      }
      Mention named = namedElsewhere(fields, names, m, body);
      if (named != null) {
        int start = m.end() - bodyLength(d, m);
        edits.set(i, named.nameAt(m.field(), start, m.end()));
      }
    }
    return edits.result();
  }

  private static String firstWord(String key) {
    int sp = key.indexOf(' ');
    return sp < 0 ? key : key.substring(0, sp);
  }

  /** Another organisation mention of the dispatch whose text is the body's. */
  private static Mention namedElsewhere(List<FieldText> fields, List<Mention> names, Mention office, String body) {
    for (Mention n : names) {
      if (n != office && n.type() == EntityType.ORGANIZATION && !n.role()
          && MatchingForm.key(fields.get(n.field()).display().substring(n.start(), n.end())).equals(body)) {
        return n;
      }
    }
    return null;
  }

  /** The display length of the mention's last words whose key is the body's (the office's two words and spaces off). */
  private static int bodyLength(String d, Mention m) {
    int s = m.start();
    for (int words = 0; words < 2; words++) {
      while (s < m.end() && d.charAt(s) != ' ') {
        s++;
      }
      while (s < m.end() && d.charAt(s) == ' ') {
        s++;
      }
    }
    return m.end() - s;
  }
}
