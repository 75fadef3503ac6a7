package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 52): الخارجية with a nationality after السياسة is the country's foreign policy (أيدي السياسة الخارجية
 * الأميركية، منسقة السياسة الخارجية الأوروبية), not its foreign ministry: the adjective qualifies the policy, and the
 * annotation files name no body there. The recognizer read the bare ministry's short name (الخارجية الأميركية, the
 * State Department) out of the phrase; such a mention is dropped.
 */
final class ForeignPolicies {
  private ForeignPolicies() {}

  private static final String FOREIGN = MatchingForm.key("الخارجية");
  /** "Policy" right before, with the article and its clitics (matching form). */
  private static final Set<String> POLICY = MatchingForm.keys("السياسة", "والسياسة", "بالسياسة", "للسياسة", "فالسياسة");

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && policy(fields.get(m.field()).display(), m.start(), m.end()));
  }

  static boolean policy(String d, int start, int end) {
    String first = MatchingForm.key(d.substring(start, end)).split(" ")[0];
    if (!first.equals(FOREIGN)) {
      return false;
    }
    int[] w = WordSpans.before(d, start);
    return w != null && POLICY.contains(MatchingForm.key(d.substring(w[0], w[1])));
  }
}
