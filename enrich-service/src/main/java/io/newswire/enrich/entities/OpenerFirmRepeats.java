package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.schema.EntityType;
import java.util.Arrays;
import java.util.List;

/**
 * English (round 43): a firm whose name opens with a word the recognizer strips from a run's start ("First Union Corp",
 * "First Boston Corp", "First Financial Management Corp": "first" is a sentence opener in {@code en-cues.txt}) is found
 * where its legal form names it, but its bare repeats ("First Union said", "a unit of First Boston") lose the opener and
 * with it the name. Where the article names such a firm with its legal form, its words before the form, and its first
 * two words, are the firm again wherever they stand whole with no capitalised word after them.
 * Round 51: a firm opening with a title or rank the recognizer cuts a person after ("General Refractories Co …
 * General Refractories' operations", read as the person Refractories) is such a firm too.
 */
final class OpenerFirmRepeats {
  private OpenerFirmRepeats() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention firm = mentions.get(i);
      List<String> shorts = firm.type() == EntityType.ORGANIZATION && !firm.role() ? shortForms(text(fields, firm)) : List.of();
      for (String form : shorts) {
        for (FieldText f : fields) {
          String d = f.display();
          for (int at = d.indexOf(form); at >= 0; at = d.indexOf(form, at + 1)) {
            int end = at + form.length();
            List<Mention> in = out == null ? mentions : out;
            if (!standsWhole(d, at, end) || Mention.crossing(in, f.index(), at, end)) {
              continue; // a longer name goes on (First Union Corp itself), or another name crosses the span
            }
            // none crosses it: the mentions the span overlaps lie inside it, and the firm takes their place
            out = Mention.replacing(in, firm.nameAt(f.index(), at, end));
          }
        }
      }
    }
    return out == null ? mentions : out;
  }

  private static String text(List<FieldText> fields, Mention m) {
    return fields.get(m.field()).display().substring(m.start(), m.end()).replace('\n', ' ');
  }

  /** The firm's words before its legal form, and its first two words when more stand before it; none unless an opener or a title leads. */
  static List<String> shortForms(String name) {
    String[] w = name.split(" ");
    if (w.length < 3 || !Character.isUpperCase(w[0].charAt(0))
        || !EnglishNameRecognizer.openerWord(w[0]) && !EnglishNameRecognizer.titleOrRank(w[0])
        || w[0].equalsIgnoreCase("the") || !Character.isUpperCase(w[1].charAt(0))) {
      return List.of();
    }
    int form = 2;
    while (form < w.length && !EnglishNameRecognizer.isFirmSuffix(w[form])) {
      form++;
    }
    if (form == w.length) {
      return List.of();
    }
    String before = String.join(" ", Arrays.copyOf(w, form));
    return form == 2 ? List.of(before) : List.of(before, w[0] + " " + w[1]);
  }

  /** No letter glued before, and after the span neither a letter nor another capitalised word (the name would go on). */
  private static boolean standsWhole(String d, int at, int end) {
    if (at > 0 && Character.isLetterOrDigit(d.charAt(at - 1)) || end < d.length() && Character.isLetterOrDigit(d.charAt(end))) {
      return false;
    }
    int k = end;
    while (k < d.length() && (d.charAt(k) == ' ' || d.charAt(k) == '\n')) {
      k++;
    }
    return k == end || k == d.length() || !Character.isUpperCase(d.charAt(k));
  }

}
