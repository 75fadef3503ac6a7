package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * English (round 54): a body's name that opens or sits inside an award's name (the Evening Standard Theatre Awards, the
 * Guardian First Book Award, the BBC Four World Cinema Award) names the award, which the annotation conventions leave out
 * (every such award in the files is left whole, its sponsor unmarked). A body's mention followed by capitalised words or a
 * year, one space apart, up to "Award(s)" or "Prize(s)" goes; the same body named elsewhere (Evening Standard film critic
 * X) stays. Bodies only: a country before an award (the US National Book Awards) is the files' place, not the award's.
 */
final class AwardNameBodies {
  private AwardNameBodies() {}

  private static final Set<String> AWARD_WORDS = StringSet.of("Award", "Awards", "Prize", "Prizes");
  private static final int MAX_WORDS = 6; // words between the mention and the award word

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    return Mention.without(mentions, m -> !m.role() && m.type() == EntityType.ORGANIZATION
        && insideAward(fields.get(m.field()).display(), m.end()));
  }

  /** From the mention's end, capitalised or numeric words one space apart lead to an award word. */
  static boolean insideAward(String d, int end) {
    int at = end;
    for (int n = 0; n <= MAX_WORDS; n++) {
      int[] w = WordSpans.afterSpace(d, at, AwardNameBodies::wordPart);
      if (w == null || w[1] == w[0]) {
        return false;
      }
      String word = d.substring(w[0], w[1]);
      if (AWARD_WORDS.contains(word)) {
        return true;
      }
      char c = word.charAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
      at = w[1];
    }
    return false;
  }

  private static boolean wordPart(int c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
  }
}
