package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * Arabic (round 44): Gulf copy of the Yemen war calls Hadi's government "the legitimate government" (الحكومة الشرعية،
 * والحكومة الشرعية اليمنية، دعم الحكومة الشرعية في اليمن). The recognizer leaves الحكومة + an adjective that is no
 * nationality alone (الحكومة المركزية describes a government, names none), so the phrase was never found. It is the
 * Government of Yemen when اليمنية follows (the whole phrase, as the annotation files give it) or when the dispatch
 * names Yemen elsewhere; otherwise (a Kuwaiti memoir's government in exile) it is left alone.
 */
final class LegitimateGovernments {
  private LegitimateGovernments() {}

  private static final String GOVERNMENT = MatchingForm.key("الحكومة");
  private static final String LEGITIMATE = MatchingForm.key("الشرعية");
  private static final String YEMENI = MatchingForm.key("اليمنية");
  private static final String LAM_GOVERNMENT = "ل" + GOVERNMENT.substring(1);
  private static final String YEMEN = "Yemen";
  private static final String NAME = "Government of Yemen";

  static List<Mention> add(List<FieldText> fields, List<Mention> names) {
    boolean yemen = false;
    for (Mention m : names) {
      if (m.type() == EntityType.PLACE && YEMEN.equals(m.name())) {
        yemen = true;
        break;
      }
    }
    List<Mention> added = null;
    for (FieldText f : fields) {
      String d = f.display();
      if (!holdsShinRaAyn(d)) {
        continue; // no الشرعية in the field: spare keying every word of every Arabic field
      }
      int i = 0;
      while (i < d.length()) {
        while (i < d.length() && !Character.isLetter(d.charAt(i))) {
          i++;
        }
        int s = i;
        i = WordSpans.end(d, s, d.length());
        int[] span = phrase(d, s, i, yemen);
        if (span != null && Mention.overlapping(names, f.index(), span[0], span[1]) == null) {
          added = added == null ? new ArrayList<>(names) : added;
          added.add(new Mention(f.index(), span[0], span[1], CrossScriptId.of(EntityType.ORGANIZATION, NAME),
              EntityType.ORGANIZATION, NAME, false));
        }
      }
    }
    return added == null ? names : added;
  }

  /**
   * Whether {@code d} holds the letters ش ر ع in a row, marks, tatweel and zero-width joiners between them skipped (what
   * the matching form drops): every field whose words could key to الشرعية does.
   */
  private static boolean holdsShinRaAyn(String d) {
    for (int i = d.indexOf('ش'); i >= 0; i = d.indexOf('ش', i + 1)) {
      int j = nextLetter(d, i + 1);
      if (j < d.length() && d.charAt(j) == 'ر') {
        int k = nextLetter(d, j + 1);
        if (k < d.length() && d.charAt(k) == 'ع') {
          return true;
        }
      }
    }
    return false;
  }

  private static int nextLetter(String d, int i) {
    while (i < d.length()) {
      char c = d.charAt(i);
      if (!(c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || c == '\u200C' || c == '\u200D')) {
        break;
      }
      i++;
    }
    return i;
  }

  /** The mention's span when the word at [s, e) opens الحكومة الشرعية (a clitic before it outside), else null. */
  private static int[] phrase(String d, int s, int e, boolean yemen) {
    String key = MatchingForm.key(d, s, e);
    int start;
    if (key.equals(GOVERNMENT)) {
      start = s;
    } else if (key.length() == GOVERNMENT.length() + 1 && key.endsWith(GOVERNMENT) && "وفب".indexOf(key.charAt(0)) >= 0) {
      start = s + 1; // والحكومة، بالحكومة
    } else if (key.equals(LAM_GOVERNMENT)) {
      start = s + 1; // للحكومة: after the preposition's lam, as the files give لمملكة …
    } else {
      return null;
    }
    int s2 = e + 1;
    if (s2 >= d.length() || d.charAt(e) != ' ') {
      return null;
    }
    int e2 = WordSpans.end(d, s2, d.length());
    if (!MatchingForm.key(d, s2, trimmed(d, s2, e2)).equals(LEGITIMATE)) {
      return null;
    }
    int end = trimmed(d, s2, e2);
    if (end == e2 && e2 + 1 < d.length() && d.charAt(e2) == ' ') {
      int e3 = WordSpans.end(d, e2 + 1, d.length());
      int t3 = trimmed(d, e2 + 1, e3);
      if (MatchingForm.key(d, e2 + 1, t3).equals(YEMENI)) {
        return new int[] {start, t3};
      }
    }
    return yemen ? new int[] {start, end} : null;
  }

  /** The end of the word at [s, e) without the punctuation glued to it (الشرعية، الشرعية»). */
  private static int trimmed(String d, int s, int e) {
    while (e > s && !Character.isLetter(d.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
