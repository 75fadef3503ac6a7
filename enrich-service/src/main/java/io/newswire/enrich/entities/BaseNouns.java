package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic: القاعدة is al-Qaeda and also the common noun "the base" (a military base, the monetary base) or "the rule"
 * (هذه القاعدة). Copy that means the group marks it at least once: in guillemets or brackets («القاعدة», (القاعدة)) or
 * after تنظيم (تنظيم القاعدة، تنظيمات كالقاعدة). A dispatch that never marks it uses the bare word as a noun, so
 * its bare القاعدة is no organisation.
 */
final class BaseNouns {
  private static final Set<String> BARE = MatchingForm.keys("القاعدة", "لقاعدة");
  private static final String ORGANISATION = MatchingForm.key("تنظيم");
  private static final String QAEDA = MatchingForm.key("القاعدة");

  private BaseNouns() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    boolean any = false;
    for (Mention m : names) {
      if (m.type() == EntityType.ORGANIZATION && !m.role()) {
        String d = fields.get(m.field()).display();
        String key = MatchingForm.key(d.substring(m.start(), m.end()));
        if (BARE.contains(key)) {
          if (marked(d, m.start())) {
            return names;
          }
          any = true;
        } else if (key.startsWith(ORGANISATION) && key.endsWith(QAEDA)) {
          return names;
        }
      }
    }
    if (!any) {
      return names;
    }
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && BARE.contains(MatchingForm.key(fields.get(m.field()).display().substring(m.start(), m.end()))));
  }

  /** Whether the word at {@code start} follows a guillemet or a bracket, or its token follows a word of تنظيم. */
  private static boolean marked(String d, int start) {
    int k = start;
    while (k > 0 && Character.isLetter(d.charAt(k - 1))) {
      k--; // back over a clitic glued to the name (لـ، ك)
    }
    int p = k;
    while (p > 0 && d.charAt(p - 1) == ' ') {
      p--;
    }
    if (p > 0 && (d.charAt(p - 1) == '«' || d.charAt(p - 1) == '(' || d.charAt(p - 1) == '"')) {
      return true;
    }
    int we = p;
    int ws = we;
    while (ws > 0 && Character.isLetter(d.charAt(ws - 1))) {
      ws--;
    }
    return we > ws && MatchingForm.key(d.substring(ws, we)).startsWith(ORGANISATION);
  }
}
