package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Persian phrases that the recognizer reads as a body's name but that name a kind of body, none in particular; the
 * annotation conventions mark none of them, and they are dropped:
 * <ul>
 *   <li>a body ending in the bare word شهرستان ("the county", none named after it: شورای اداری شهرستان، اداره
 *       ورزش شهرستان) or in the plural of a place noun (شورای فرهنگ عمومی شهرستان‌ها، شهرداری مراکز استان‌ها): the
 *       one of whichever county, or every county's. A county's office is named with its county (اداره جهاد کشاورزی
 *       شهرستان سرخه). استان alone is left: a dispatch's provincial body is named so (پلیس استان، هیات کشتی استان)
 *       and stands for the one body of the dispatch's province;</li>
 *   <li>a head word and one word of its kind or level, nothing after (کمیته فنی، ستاد بحران، مرکز بهداشت، شورای
 *       مرکزی، دبیرخانه کنفرانس): the committee or centre of some body the sentence names apart, or none. Longer
 *       names (مرکز بهداشت شهرستان فومن، شورای عالی انقلاب فرهنگی) keep theirs, the two words stay where they repeat
 *       such a longer name of the dispatch (شورای مرکزی اتحادیه … then شورای مرکزی), and a phrase in quotation
 *       marks («شورای عالی») is one being named.</li>
 * </ul>
 */
final class UnnamedBodies {
  /** Last words, in matching form (ZWNJ read as a space), that leave a body unnamed. */
  private static final String[] COUNTY_TAILS = {
      MatchingForm.key("شهرستان"), MatchingForm.key("شهرستان‌ها"), MatchingForm.key("شهرستان‌های"),
      MatchingForm.key("شهرستانها"), MatchingForm.key("استان‌ها"), MatchingForm.key("استان‌های"),
      MatchingForm.key("استانها")};
  /** Body heads that take a word of kind or level. */
  private static final Set<String> HEADS = MatchingForm.keys("مرکز", "ستاد", "کمیته", "دبیرخانه", "اداره", "شورای",
      "کانون", "موسسه", "سازمان", "انجمن");
  /**
   * Words of kind or level after such a head: adjectives of level or scope (فنی، ویژه، مرکزی، عالی، اجرایی، کل،
   * درمانی، روستایی، شهری) and the nouns of a task (بحران، بهداشت، کنفرانس، خبری، تحقیق: ستاد خبری, a press
   * office, and کمیته تحقیق, an inquiry, round 48). No Iranian body is named by the two words alone.
   */
  private static final Set<String> KINDS = MatchingForm.keys("فنی", "ویژه", "مرکزی", "عالی", "اجرایی", "کل",
      "درمانی", "روستایی", "شهری", "بحران", "بهداشت", "کنفرانس", "خبری", "تحقیق");

  private UnnamedBodies() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    List<String> bodies = new ArrayList<>();
    for (Mention m : names) {
      if (m.type() == EntityType.ORGANIZATION) {
        bodies.add(MatchingForm.key(fields.get(m.field()).display().substring(m.start(), m.end())));
      }
    }
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && unnamed(fields.get(m.field()).display(), m.start(), m.end(), bodies));
  }

  private static boolean unnamed(String d, int start, int end, List<String> bodies) {
    String key = MatchingForm.key(d.substring(start, end));
    for (String tail : COUNTY_TAILS) {
      // the tail as the mention's last word(s), after a head word: never the mention alone
      if (key.length() > tail.length() && key.endsWith(tail) && key.charAt(key.length() - tail.length() - 1) == ' ') {
        return true;
      }
    }
    int sp = key.indexOf(' ');
    return sp > 0 && key.indexOf(' ', sp + 1) < 0 && HEADS.contains(key.substring(0, sp))
        && KINDS.contains(key.substring(sp + 1)) && !quoted(d, start) && !shortFormOfANamedBody(key, bodies);
  }

  /** شورای مرکزی after شورای مرکزی اتحادیه …: the named body again, in its short form. */
  private static boolean shortFormOfANamedBody(String key, List<String> bodies) {
    for (String b : bodies) {
      if (b.length() > key.length() + 1 && b.startsWith(key) && b.charAt(key.length()) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean quoted(String d, int start) {
    return start > 0 && (d.charAt(start - 1) == '«' || d.charAt(start - 1) == '"');
  }
}
