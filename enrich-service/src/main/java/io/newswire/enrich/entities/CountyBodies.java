package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * A Persian body whose name ends in the bare word شهرستان ("the county", no county named after it: شورای اداری
 * شهرستان، اداره ورزش شهرستان) or in the plural of a place noun (شورای فرهنگ عمومی شهرستان‌ها، شهرداری مراکز
 * استان‌ها) is a kind of body, the one of whichever county or every county's, not one body with a name: the
 * annotation conventions mark none of them (a county's office is named with its county, اداره جهاد کشاورزی شهرستان
 * سرخه). Such an organisation is dropped. استان alone is left: a dispatch's provincial body is named so (پلیس
 * استان، هیات کشتی استان) and stands for the one body of the dispatch's province.
 */
final class CountyBodies {
  /** Last words, in matching form (ZWNJ read as a space), that leave a body unnamed. */
  private static final String[] TAILS = {
      MatchingForm.key("شهرستان"), MatchingForm.key("شهرستان‌ها"), MatchingForm.key("شهرستان‌های"),
      MatchingForm.key("شهرستانها"), MatchingForm.key("استان‌ها"), MatchingForm.key("استان‌های"),
      MatchingForm.key("استانها")};

  private CountyBodies() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && unnamed(fields.get(m.field()).display(), m.start(), m.end()));
  }

  private static boolean unnamed(String d, int start, int end) {
    String key = MatchingForm.key(d.substring(start, end));
    for (String tail : TAILS) {
      // the tail as the mention's last word(s), after a head word: never the mention alone
      if (key.length() > tail.length() && key.endsWith(tail) && key.charAt(key.length() - tail.length() - 1) == ' ') {
        return true;
      }
    }
    return false;
  }
}
