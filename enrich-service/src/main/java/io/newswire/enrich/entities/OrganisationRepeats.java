package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.names.PersianStopWords;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document-level consistency for Persian organisations: a body named with two words or more where a cue
 * made it one (مدیرکل گمرک ارومیه) is the same body where the dispatch writes those words again with no cue
 * (پرونده در گمرک ارومیه تشکیل شد), as a surname repeats its person ({@link RepeatedNames}). Only where no other
 * name covers any of the words, and only when the repeat closes there (no letter glued on either side), so a
 * longer name holding the words is left to the recognizer.
 */
final class OrganisationRepeats {
  /** Words before a head that describe a body rather than name it (یک شرکت امنیتی), and numbers (33 مرکز دانشگاهی). */
  private static final Set<String> DETERMINERS = MatchingForm.keys("این", "آن", "همین", "همان", "چند", "چندین", "هر", "یک",
      "برخی", "بعضی", "همه", "کدام", "هیچ", "سایر", "دیگر", "اين", "يك");

  private static final String ONE = MatchingForm.key("یک");

  private OrganisationRepeats() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> names) {
    Map<String, Mention> bodies = null; // matching form of the name -> its first mention
    for (Mention m : names) {
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String text = fields.get(m.field()).display().substring(m.start(), m.end());
      if (text.indexOf(' ') < 0) {
        continue; // one word: too often a common noun elsewhere (بانک، سپاه)
      }
      if (bodies == null) {
        bodies = new LinkedHashMap<>();
      }
      bodies.putIfAbsent(MatchingForm.key(text), m);
    }
    if (bodies == null) {
      return names;
    }
    MentionAdditions added = new MentionAdditions(names);
    for (Map.Entry<String, Mention> e : bodies.entrySet()) {
      String key = e.getKey();
      Mention body = e.getValue();
      for (FieldText f : fields) {
        String form = f.form().text();
        for (int at = form.indexOf(key); at >= 0; at = form.indexOf(key, at + 1)) {
          int end = at + key.length();
          if (at > 0 && Character.isLetter(form.charAt(at - 1)) || end < form.length() && Character.isLetter(form.charAt(end))
              || DETERMINERS.contains(wordBefore(form, at)) || !closes(form, end)) {
            continue; // یک روزنامه آمریکایی: a body described; شورای اسلامی شهر ایلام: a longer name
          }
          int ds = f.form().displayIndex(at);
          int de = f.form().displayEnd(end);
          if (added.free(f.index(), ds, de)) {
            added.add(body.nameAt(f.index(), ds, de));
          }
        }
      }
    }
    return added.result();
  }

  /** The word before {@code at} in a matching form ("" at the start; a number read as یک, a determiner). */
  private static String wordBefore(String form, int at) {
    int[] w = WordSpans.runBefore(form, at, WordSpans.SPACE, Character::isLetterOrDigit);
    if (w[0] < w[1] && Character.isDigit(form.charAt(w[1] - 1))) {
      return ONE; // a count before the head: bodies counted, none named
    }
    return form.substring(w[0], w[1]);
  }

  /** Whether the name closes at {@code end}: the field ends, a mark follows, or a word that ends names (a verb, a preposition). */
  private static boolean closes(String form, int end) {
    int[] w = WordSpans.runAfter(form, end, WordSpans.SPACE, Character::isLetter);
    return w[0] == form.length() || !Character.isLetterOrDigit(form.charAt(w[0]))
        || PersianStopWords.contains(form.substring(w[0], w[1]));
  }
}
