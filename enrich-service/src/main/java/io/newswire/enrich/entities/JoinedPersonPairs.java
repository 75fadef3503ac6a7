package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 54): a person joined by و to a person found before it (عبد الله العويشير ومحمد البريه، شيرمان وآدم
 * سزوبين) is a person when its first word is a listed given name and its second a name word: the model reads the
 * first of such pairs and loses the second to its glued و, and a pair is too short for {@link ArabicPersonLists}'
 * runs. Two words only, the pair's second word no chain word (بن، عبد: a longer name the shapes read) and no word
 * opening with و; على (the preposition the matching form folds onto علي) opens none.
 */
final class JoinedPersonPairs {
  private static final Set<String> GIVEN = GivenNames.arabic();
  private static final Set<String> CHAIN = MatchingForm.keys("عبد", "بن", "ابن", "بنت", "آل", "أبو", "أبي", "أم");

  private JoinedPersonPairs() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int w1 = m.end() + 2;
      if (!d.startsWith(" و", m.end()) || w1 >= d.length()) {
        continue;
      }
      int e1 = ArabicPlaceLists.wordEnd(d, w1);
      if (e1 == w1 || e1 + 1 >= d.length() || d.charAt(e1) != ' ') {
        continue;
      }
      String first = d.substring(w1, e1);
      if (first.equals("على") || first.length() < 3 || !GIVEN.contains(MatchingForm.key(first))) {
        continue;
      }
      int w2 = e1 + 1;
      int e2 = ArabicPlaceLists.wordEnd(d, w2);
      if (e2 == w2 || e2 < d.length() && Character.isLetterOrDigit(d.charAt(e2))) {
        continue;
      }
      String second = d.substring(w2, e2);
      String key = MatchingForm.key(second);
      if (second.charAt(0) == 'و' || CHAIN.contains(key) || !ArtistTitles.nameWord(second, key)) {
        continue;
      }
      List<Mention> cur = out == null ? mentions : out;
      if (Mention.overlapping(cur, m.field(), w1, e2) != null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      String text = d.substring(w1, e2);
      out.add(CrossScriptId.arabicPerson(m.field(), w1, e2, text));
    }
    return out == null ? mentions : out;
  }
}
