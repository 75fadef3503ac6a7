package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * The Persian honorific سید (a descendant of the Prophet) glued to a person's given name (سیداحمد خاتمی،
 * سیدمحمدحسین طباطبایی) is no part of the name, like a title: a person's mention that opens with it starts
 * after it; when what is left is a given name alone and a word shaped like a surname (ending in ی) follows
 * it, the mention takes the surname too (the recognizer had stopped at the glued word). Written apart
 * (سید ابراهیم رئیسی) it is left out the same way.
 */
final class SeyedNames {
  private static final String SEYED = MatchingForm.key("سید");
  private static final String MOHAMMAD = MatchingForm.key("محمد");
  /** The surname shape's last letter (ی in the matching form), keyed once rather than per mention. */
  private static final String FINAL_YEH = MatchingForm.key("ی");
  /** Words ending in ی that are no surname (pronoun, adjectives of bodies and roles). */
  private static final Set<String> NOT_SURNAMES = MatchingForm.keys("وی", "ملی", "اسلامی", "عمومی", "فرهنگی", "علمی", "دولتی",
      "قبلی", "بعدی", "اصلی", "جمهوری", "عالی", "مرکزی", "قضایی", "نظامی", "سیاسی", "اجرایی", "انقلابی");
  private final Set<String> given = GivenNames.persian();
  /** Arabic given names are Persian ones too (جمال، کمال); the Persian list lacks some. */
  private final Set<String> arabicGiven = GivenNames.arabic();

  List<Mention> trim(List<FieldText> fields, List<Mention> names) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      Mention t = m.type() == EntityType.PERSON && !m.role() ? trimmed(fields.get(m.field()).display(), m, names) : m;
      if (t != m) {
        edits.set(i, t);
      }
    }
    return edits.result();
  }

  private Mention trimmed(String d, Mention m, List<Mention> names) {
    int e = wordEnd(d, m.start(), m.end());
    String first = MatchingForm.key(d.substring(m.start(), e));
    int start;
    if (first.equals(SEYED)) {
      // written apart (سید ابراهیم رئیسی) it is a title too (the dev conventions; WikiANN keeps it, but
      // Wikipedia-style spans do not fit news): the name starts at the next word, if the mention has one
      int s = e;
      while (s < m.end() && Character.isWhitespace(d.charAt(s))) {
        s++;
      }
      if (s >= m.end()) {
        return m;
      }
      start = s;
    } else if (first.startsWith(SEYED) && first.length() > SEYED.length() + 2 && isGiven(first.substring(SEYED.length()))) {
      start = m.start() + SEYED.length(); // سیداحمد: the honorific glued to the given name
    } else {
      return m;
    }
    int end = m.end();
    if (wordEnd(d, start, end) == end && isGiven(MatchingForm.key(d.substring(start, end).replace('\u200c', ' ')))) {
      int s = end;
      while (s < d.length() && d.charAt(s) == ' ') {
        s++;
      }
      int w = wordEnd(d, s, d.length());
      String next = w > s ? MatchingForm.key(d.substring(s, w)) : "";
      if (s > end && next.length() >= 4 && next.endsWith(FINAL_YEH) && !NOT_SURNAMES.contains(next)
          && !given.contains(next) && !arabicGiven.contains(next) && isLetters(next) && Mention.overlapping(names, m.field(), s, w) == null) {
        end = w;
      }
    }
    return new Mention(m.field(), start, end, m.entityId(), m.type(), m.name(), m.role());
  }

  private boolean isGiven(String key) {
    if (key.indexOf(' ') > 0) { // جمال‌الدین، محمد‌علی: given names joined by a ZWNJ
      for (String part : key.split(" ")) {
        if (!given.contains(part) && !arabicGiven.contains(part) && !part.equals("الدين") && !part.equals("الله")) {
          return false;
        }
      }
      return true;
    }
    return given.contains(key) || arabicGiven.contains(key)
        || key.length() > MOHAMMAD.length() + 1 && key.startsWith(MOHAMMAD) && given.contains(key.substring(MOHAMMAD.length()));
  }


  private static int wordEnd(String d, int start, int limit) {
    int e = start;
    while (e < limit && !Character.isWhitespace(d.charAt(e)) && "،,.:؛(«»\"".indexOf(d.charAt(e)) < 0) {
      e++;
    }
    return e;
  }

  private static boolean isLetters(String key) {
    for (int k = 0; k < key.length(); k++) {
      char c = key.charAt(k);
      if (c != ' ' && (c < '\u0600' || c > '\u06FF' || !Character.isLetter(c))) {
        return false;
      }
    }
    return true;
  }
}
