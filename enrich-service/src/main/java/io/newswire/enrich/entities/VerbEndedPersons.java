package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.function.Predicate;

/**
 * Round 42: agency headlines and quick sentences put the verb right after the name (الربيعة يستقبل سفير …، أحمد يصرخ),
 * and the model reads the imperfect verb as the name's last word. The verb is told by its shape: ي or ت and three to
 * five consonants with no long vowel (يستقبل، يكذب، تقتل). Names written letter by letter from other languages spell
 * their vowels (ترامب، تونر، يلين، يعلون), so they keep their last word; a listed given name is never cut. Round 50b:
 * a circumstantial accusative read into the name the same way is cut as well ({@link CircumstantialTails}); round 51:
 * so is a prepositional phrase glued to its ب ({@link GluedPrepositionTails}).
 */
final class VerbEndedPersons {
  private VerbEndedPersons() {}

  static List<Mention> trim(List<FieldText> fields, List<Mention> names, Predicate<String> known) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PERSON || m.role() || m.entityId() != null && known.test(m.entityId())) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int space = d.lastIndexOf(' ', m.end() - 1);
      if (space <= m.start()) {
        continue;
      }
      int end = space;
      while (end > m.start() && d.charAt(end - 1) == ' ') {
        end--;
      }
      String last = d.substring(space + 1, m.end());
      String before = d.substring(Math.max(m.start(), d.lastIndexOf(' ', end - 1) + 1), end);
      if (end == m.start() || !imperfectVerb(last) && !CircumstantialTails.accusativeAfter(before, last)
          && !GluedPrepositionTails.glued(last)) {
        continue;
      }
      edits.set(i, recut(m, d, m.start(), end));
    }
    return edits.result();
  }

  /** An Arabic person mention cut to [start, end) of its field's display text, its id and name made from what is left. */
  static Mention recut(Mention m, String d, int start, int end) {
    String text = d.substring(start, end);
    return CrossScriptId.arabicPerson(m.field(), start, end, text);
  }

  /** ي or ت and three to five letters none of which is a long vowel, hamza seat or ta marbuta; no given name. */
  static boolean imperfectVerb(String word) {
    int n = word.length();
    if (n < 4 || n > 6 || word.charAt(0) != 'ي' && word.charAt(0) != 'ت') {
      return false;
    }
    for (int k = 1; k < n; k++) {
      char c = word.charAt(k);
      if (c < 0x621 || c > 0x64a || "اأإآوىيةؤئ".indexOf(c) >= 0) {
        return false;
      }
    }
    return !GivenNames.arabic().contains(MatchingForm.key(word));
  }
}
