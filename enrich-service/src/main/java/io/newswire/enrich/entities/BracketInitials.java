package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English: a body named in full and then its initials in brackets ("the Federal Communications Commission (FCC)") is
 * named by those initials from there on. The bracketed initials and their bare repeats in the article are mentions of
 * that body, whatever the rules made of them (most often nothing: a lone acronym has no cue). The initials must spell
 * the capitalised words that end the name ("European Court of Appeal for Trade (CAT)": C, A, T; function words are
 * skipped), three letters at least unless they spell every capitalised word, so a bracketed code or ticker that is
 * no abbreviation of the name stays out. Fires only where a body's mention is followed by a bracket.
 */
final class BracketInitials {
  private BracketInitials() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    MentionAdditions added = new MentionAdditions(mentions);
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String initials = bracketed(d, m.end());
      if (initials == null || !spells(d.substring(m.start(), m.end()), initials)) {
        continue;
      }
      for (FieldText f : fields) {
        String t = f.display();
        for (int at = t.indexOf(initials); at >= 0; at = t.indexOf(initials, at + 1)) {
          int end = at + initials.length();
          if (!alone(t, at, end) || !added.free(f.index(), at, end)) {
            continue;
          }
          added.add(new Mention(f.index(), at, end, m.entityId(), EntityType.ORGANIZATION, m.name(), false));
        }
      }
    }
    return added.result();
  }

  /** Capitals (two to six) in brackets right after {@code end}, one space allowed before the bracket and inside it; or null. */
  static String bracketed(String d, int end) {
    int k = end;
    if (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    if (k >= d.length() || d.charAt(k) != '(') {
      return null;
    }
    k++;
    if (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    int a = k;
    while (k < d.length() && d.charAt(k) >= 'A' && d.charAt(k) <= 'Z') {
      k++;
    }
    int b = k;
    if (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    if (b - a < 2 || b - a > 6 || k >= d.length() || d.charAt(k) != ')') {
      return null;
    }
    return d.substring(a, b);
  }

  /** The initials of the name's capitalised words (hyphen parts count as words) end with {@code initials}. */
  static boolean spells(String name, String initials) {
    StringBuilder all = new StringBuilder();
    for (String w : name.split("[\\s\\-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        all.append(w.charAt(0));
      }
    }
    String s = all.toString();
    return s.equals(initials) || initials.length() >= 3 && s.endsWith(initials);
  }

  private static boolean alone(String t, int at, int end) {
    return (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)) && t.charAt(at - 1) != '-')
        && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)) && t.charAt(end) != '-');
  }
}
