package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.names.GivenNames;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Round 48b, English: a KB person's surname used as a partial alias (~Blair) is another bearer's where it stands
 * after a given name that is not the KB person's own (Cherie Blair, Selma Blair) or after a title and a capitalised
 * word (Sir Ian Blair); and {@code Mrs/Ms/Miss} + the surname is that woman's, not the KB man's, once the dispatch
 * names another bearer by given name, as {@code Mr} + the surname is when it does not name the KB man in full. Pure
 * functions over display text.
 */
final class SurnameBearers {
  private static final Set<String> TITLES = Set.of("sir", "dame", "lady", "lord", "mr", "mrs", "ms", "miss", "dr");
  private static final Set<String> WOMEN_TITLES = Set.of("mrs", "ms", "miss", "lady");

  private SurnameBearers() {}

  /**
   * Whether the surname at {@code start} of display text {@code d} is, in that spot, part of another person's name
   * than {@code e}'s, or a title + surname in a dispatch naming another bearer of it: a woman's title always, any
   * title when the dispatch does not name {@code e} in full ({@code named}: Mr Brown after Steve Brown).
   */
  static boolean another(List<FieldText> fields, String d, int start, int end, KbEntity e, boolean named) {
    int ws = wordStartBefore(d, start);
    if (ws < 0) {
      return false;
    }
    String before = d.substring(ws, wordEnd(d, ws));
    String key = before.toLowerCase(Locale.ROOT);
    if (otherGivenName(before, e) || titledName(d, ws, before)) {
      return true;
    }
    return (WOMEN_TITLES.contains(key) || TITLES.contains(key) && !named) && otherBearerNamed(fields, d.substring(start, end), e);
  }

  /** A listed given name that opens none of the entity's names (Cherie before Blair, not Tony). */
  private static boolean otherGivenName(String word, KbEntity e) {
    if (!GivenNames.english().contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (KbAlias a : e.aliases()) {
      if (a.text().startsWith(word + " ")) {
        return false;
      }
    }
    return !e.name().startsWith(word + " ");
  }

  /** A capitalised word after a title of address: Sir Ian (Blair), Lady Kathryn (Blair). */
  private static boolean titledName(String d, int ws, String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || TITLES.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    int tws = wordStartBefore(d, ws);
    return tws >= 0 && TITLES.contains(d.substring(tws, wordEnd(d, tws)).toLowerCase(Locale.ROOT));
  }

  /** Whether some field names the surname after a listed given name that is not {@code e}'s. */
  private static boolean otherBearerNamed(List<FieldText> fields, String surname, KbEntity e) {
    for (FieldText f : fields) {
      String d = f.display();
      for (int i = d.indexOf(surname); i >= 0; i = d.indexOf(surname, i + 1)) {
        int ws = wordStartBefore(d, i);
        if (ws < 0) {
          continue;
        }
        String word = d.substring(ws, wordEnd(d, ws));
        if (otherGivenName(word, e) || titledName(d, ws, word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Start of the letters-only word separated from {@code start} by spaces only, or -1. */
  private static int wordStartBefore(String d, int start) {
    int p = start;
    while (p > 0 && d.charAt(p - 1) == ' ') {
      p--;
    }
    if (p == start || p == 0 || !Character.isLetter(d.charAt(p - 1))) {
      return -1;
    }
    while (p > 0 && Character.isLetter(d.charAt(p - 1))) {
      p--;
    }
    return p;
  }

  private static int wordEnd(String d, int ws) {
    int p = ws;
    while (p < d.length() && Character.isLetter(d.charAt(p))) {
      p++;
    }
    return p;
  }
}
