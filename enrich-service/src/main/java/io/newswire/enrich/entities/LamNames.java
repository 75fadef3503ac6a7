package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two ways the Arabic preposition ل gets into a person's name.
 *
 * <p>لي ("to me"): memoirs and interviews write قال لي يوسف، وطلب لي الصديق, and the tagger reads لي as the surname
 * Lee opening a longer name (PronounNames drops it only alone). Before a listed given name the person is that name
 * (لي يوسف is يوسف); before a word with the article it is no name at all (لي الصديق, East Asian names never take
 * ال). A person the knowledge base knows (لي كه تشيانغ) is left alone.
 *
 * <p>A glued ل ("for", "to"): لمارسيل خليفة، لجاك. When the word without its ل is a listed given name, or the first
 * word of another person the article names, and the word with it is no given name (لطفي، ليلى), the name starts
 * after the ل.
 */
final class LamNames {
  private static final Set<String> GIVEN = GivenNames.arabic();
  private static final String TO_ME = "لي ";

  private LamNames() {}

  static List<Mention> trim(List<FieldText> fields, List<Mention> names, Predicate<String> known) {
    List<Mention> out = null;
    boolean drop = false;
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PERSON || m.role() || m.entityId() != null && known.test(m.entityId())) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (m.start() > 0 && Character.isLetter(d.charAt(m.start() - 1))) {
        continue;
      }
      int s = -1;
      if (d.startsWith(TO_ME, m.start()) && m.end() > m.start() + TO_ME.length()) {
        int ns = m.start() + TO_ME.length();
        if (d.startsWith("ال", ns)) {
          if (out == null) {
            out = new ArrayList<>(names);
          }
          out.set(i, null); // لي الصديق: the pronoun and a common noun
          drop = true;
          continue;
        }
        if (GIVEN.contains(MatchingForm.key(d.substring(ns, wordEnd(d, ns))))) {
          s = ns;
        }
      } else if (d.charAt(m.start()) == 'ل' && !d.startsWith("لل", m.start())) {
        int we = wordEnd(d, m.start());
        String rest = MatchingForm.key(d.substring(m.start() + 1, we));
        if (we - m.start() >= 4 && !GIVEN.contains(MatchingForm.key(d.substring(m.start(), we)))
            && (GIVEN.contains(rest) || opensAnother(fields, names, m, rest))) {
          s = m.start() + 1;
        }
      }
      if (s < 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(names);
      }
      String text = d.substring(s, m.end());
      out.set(i, CrossScriptId.arabicPerson(m.field(), s, m.end(), text));
    }
    if (out == null) {
      return names;
    }
    if (drop) {
      out.removeIf(x -> x == null);
    }
    return out;
  }

  private static int wordEnd(String d, int from) {
    int e = from;
    while (e < d.length() && Character.isLetter(d.charAt(e))) {
      e++;
    }
    return e;
  }

  /** Whether another person mention of the article opens with this word (matching form). */
  private static boolean opensAnother(List<FieldText> fields, List<Mention> names, Mention self, String key) {
    for (Mention o : names) {
      if (o == self || o.type() != EntityType.PERSON || o.role()) {
        continue;
      }
      String od = fields.get(o.field()).display();
      if (MatchingForm.key(od.substring(o.start(), wordEnd(od, o.start()))).equals(key)) {
        return true;
      }
    }
    return false;
  }
}
