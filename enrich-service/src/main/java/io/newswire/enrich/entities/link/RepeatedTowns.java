package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.Clitics;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.normalization.MatchingForm;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Persian provincial copy names its small town again and again without a place word (نهال در املش, غرق شدن در
 * هرسین خبر داد): a small Iranian town (KbBuilder's step 2b) matched at two or more places of one dispatch, once
 * at least as در X closing a headline, a clause or a phrase (before punctuation, the field's end, or a reporting
 * word: خبر داد، نیز), is what the dispatch is about, so it needs no cue. Each condition is needed: a club or a
 * brand named after a town (تیم ماهان تندیس, روغن گلبهار) and a common word that is also a town's name (اهل بیت,
 * بافت مسکونی 'the residential fabric', در قنوات استان 'in the province's qanats') come twice too, but seldom as
 * در X closing a phrase: the common word goes on into its complement.
 */
final class RepeatedTowns {
  private RepeatedTowns() {
  }

  /** Ids of the small towns that {@code matches} (all fields of one dispatch) name at two or more places. */
  static Set<String> of(List<FieldText> fields, List<List<NameMatch>> matches) {
    Map<String, Integer> counts = null;
    Set<String> afterIn = null;
    for (int f = 0; f < matches.size(); f++) {
      for (NameMatch m : matches.get(f)) {
        for (AliasTarget t : m.targets()) {
          if (t.entity().smallTown()) {
            if (counts == null) {
              counts = new HashMap<>();
              afterIn = new HashSet<>();
            }
            counts.merge(t.entity().id(), 1, Integer::sum);
            String text = fields.get(f).form().text();
            if (afterIn(text, m.mStart()) && closesPhrase(text, m.mEnd())) {
              afterIn.add(t.entity().id());
            }
          }
        }
      }
    }
    if (counts == null) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (String id : afterIn) {
      if (counts.get(id) >= 2) {
        out.add(id);
      }
    }
    return out;
  }

  /** Words after which a town closes its phrase: خبر داد، نیز، گفت، برگزار شد، اظهار کرد. */
  private static final Set<String> CLOSERS = MatchingForm.keys("خبر", "نیز", "گفت", "برگزار", "اظهار", "است");

  /** Whether the name ending at {@code end} ends its field, comes before punctuation, or before a closing word. */
  static boolean closesPhrase(String t, int end) {
    int i = end;
    while (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    if (i >= t.length()) {
      return true;
    }
    char c = t.charAt(i);
    if (i == end && Character.isLetter(c)) {
      return false; // a suffix glued on (سوادکوه‌ها is read by its clitics, not here)
    }
    if (!Character.isLetter(c)) {
      return true;
    }
    int e = i;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return CLOSERS.contains(t.substring(i, e));
  }

  /** Whether the word before the one holding {@code start} is در, alone. */
  static boolean afterIn(String t, int start) {
    int ws = Clitics.wordStart(t, start);
    return ws >= 3 && t.charAt(ws - 1) == ' ' && t.charAt(ws - 2) == 'ر' && t.charAt(ws - 3) == 'د'
        && (ws == 3 || !Character.isLetter(t.charAt(ws - 4)));
  }
}
