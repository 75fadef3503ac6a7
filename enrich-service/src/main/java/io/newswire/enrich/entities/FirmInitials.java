package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * English (round 32): a firm named after its founder's initials ("E.F. Hutton Group Inc", "J.C. Penney Co", "S.G. Warburg
 * and Co Ltd", "M.D.C. HOLDINGS INC") holds them: the shared tokenization ends a sentence at the initials' last full stop, so
 * the rules and the model find the body from the surname on ("Hutton Group Inc") and the initials are lost. Dotted single
 * capitals right before an organisation's mention join it, unless they are a country's (U.S., U.K.: {@link DottedCountryBodies}
 * settles those) or a person's middle initial (a capitalised word right before them: "LeRoy A. Pesch"). Reuters writes some
 * 60 such firm mentions in the pool outside the annotated files.
 */
final class FirmInitials {
  private FirmInitials() {}

  /** Country initials, never a founder's. */
  private static final Set<String> COUNTRIES = StringSet.of("U.S.", "U.K.", "U.N.", "E.C.");

  static List<Mention> extend(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int at = initialsBefore(d, m.start());
      if (at < 0) {
        continue;
      }
      if (edits.current().get(i) == null) {
        continue; // already given way to an earlier firm's initials
      }
      // the initials' own mentions (a one-letter person, a stray place) give way to the firm
      for (int j = 0; j < mentions.size(); j++) {
        Mention o = edits.current().get(j);
        if (o != null && o.field() == m.field() && o.start() < m.start() && o.end() > at) {
          edits.drop(j);
        }
      }
      String initials = d.substring(at, m.start() - 1);
      String name = m.name().startsWith(initials) ? m.name() : initials + " " + m.name();
      edits.set(i, new Mention(m.field(), at, m.end(), m.entityId(), m.type(), name, false));
    }
    return edits.result();
  }

  /**
   * {@code name} without the founder's initials it opens with ("E.F. Hutton Group Inc" gives "Hutton Group Inc"), else
   * {@code name}: the name the firm's id was made of before {@link #extend} gave it its initials.
   */
  static String withoutInitials(String name) {
    int sp = name.indexOf(' ');
    if (sp < 2 || sp % 2 != 0 || sp > 8 || COUNTRIES.contains(name.substring(0, sp))) {
      return name;
    }
    for (int i = 0; i < sp; i += 2) {
      if (!Character.isUpperCase(name.charAt(i)) || name.charAt(i + 1) != '.') {
        return name;
      }
    }
    return name.substring(sp + 1).strip();
  }

  /**
   * Where one to four dotted capitals ("E.F.", "M.D.C.") end right before {@code start} with one space, or -1: they must stand
   * alone (a space, a line break or an opening bracket or mark before them), and the word before them must not be capitalised (a person's given
   * name before a middle initial), unless it ends a sentence.
   */
  static int initialsBefore(String d, int start) {
    int k = start - 1;
    if (k < 2 || d.charAt(k) != ' ' || d.charAt(k - 1) != '.') {
      return -1;
    }
    int at = k;
    int letters = 0;
    while (at - 2 >= 0 && d.charAt(at - 1) == '.' && Character.isUpperCase(d.charAt(at - 2)) && letters < 4) {
      at -= 2;
      letters++;
    }
    if (letters == 0 || (at > 0 && !opens(d.charAt(at - 1)))) {
      return -1; // "Jay-Z. Soul singer": glued to a word before
    }
    if (COUNTRIES.contains(d.substring(at, k))) {
      return -1;
    }
    if (at >= 2 && d.charAt(at - 1) == ' ' && Character.isLetter(d.charAt(at - 2))) {
      int w = at - 2;
      while (w > 0 && Character.isLetter(d.charAt(w - 1))) {
        w--;
      }
      if (Character.isUpperCase(d.charAt(w))) {
        return -1; // "LeRoy A. Pesch", "Len M. House": a middle initial
      }
    }
    return at;
  }

  private static boolean opens(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '<' || c == '"' || c == '\u201C';
  }
}
