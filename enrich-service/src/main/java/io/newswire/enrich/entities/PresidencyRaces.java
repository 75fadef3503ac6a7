package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 49): الرئاسة with a nationality after a word of candidacy or election (المرشح للرئاسة الأميركية،
 * الترشح للرئاسة الأميركية، انتخابات الرئاسة الأميركية) is the office run for, not the presidency as a body (مصدر في
 * الرئاسة المصرية، بيان من الرئاسة الأفغانية stay): the annotation files name no body there, and the recognizer took
 * the phrase for the presidential office's institution. Such a mention is dropped.
 */
final class PresidencyRaces {
  private PresidencyRaces() {}

  /** The presidency as the matcher leaves it, with its article or after للـ's first lam. */
  private static final Set<String> PRESIDENCY = MatchingForm.keys("الرئاسة", "لرئاسة");
  /** Words of candidacy or election right before it (matching form). */
  private static final Set<String> RACE_WORDS = MatchingForm.keys("الترشح", "المرشح", "المرشحة", "مرشح", "مرشحة",
      "مرشحي", "مرشحا", "ترشحه", "ترشحها", "ترشيح", "انتخابات", "الانتخابات", "الانتخابية", "سباق");

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && raced(fields.get(m.field()).display(), m.start(), m.end()));
  }

  static boolean raced(String d, int start, int end) {
    String[] words = MatchingForm.key(d.substring(start, end)).split(" ");
    if (words.length != 2 || !PRESIDENCY.contains(words[0])) {
      return false;
    }
    int at = start;
    while (at > 0 && Character.isLetter(d.charAt(at - 1))) {
      at--; // the clitic ل of للرئاسة, left outside the mention
    }
    int[] w = WordSpans.before(d, at);
    return w != null && RACE_WORDS.contains(MatchingForm.key(d.substring(w[0], w[1])));
  }
}
