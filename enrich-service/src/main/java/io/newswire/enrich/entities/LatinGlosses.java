package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Arabic (round 25): a foreign name spelt in Arabic letters is often followed by its own spelling in Latin letters,
 * bare or in brackets (مارك بلوك Marc Bloch، شركة أوبر (Uber)، موقع «ديستيمو» (Distimo)): house style of Asharq
 * Al-Awsat and SPA for people, firms and journals the reader may look up. The Latin run is a second mention of the
 * entity the Arabic name before it names, of its type; untyped or separately typed pieces inside the run give way to
 * it. An entity the knowledge base does not know takes the Latin spelling as its name (the name as its bearer writes
 * it, not a romanization of the Arabic).
 */
final class LatinGlosses {
  private LatinGlosses() {}

  /** Lower-case words a Latin name may hold between capitalised ones (Jacques Le Goff has none; Bank of X has one). */
  private static final String[] LINKS = {"of", "de", "du", "des", "la", "le", "van", "von", "der", "di", "da", "del", "and", "for", "the", "&"};

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions, Predicate<String> isKbId) {
    List<Mention> glosses = null; // one a run: the runs of two Arabic names are apart, or one run when they end alike
    Map<String, String> names = null; // each glossed entity's name, as its last gloss gives it
    for (Mention m : mentions) {
      if (m.role() || m.field() >= fields.size()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (m.end() <= m.start() || !isArabicLetter(d.charAt(m.end() - 1))) {
        continue;
      }
      int[] run = glossAfter(d, m.end());
      if (run == null) {
        continue;
      }
      if (m.type() == EntityType.PERSON && !personGloss(d, run[0], run[1])) {
        continue; // روبن شارما (The Monk Who …): a person's gloss is a name, opened by a given name
      }
      // A run glossed already has lost the pieces inside it: only that gloss's entity covers it now (a longer name
      // over it would have kept the first gloss out); else the mentions found cover it or not.
      Mention before = glosses == null ? null : Mention.overlapping(glosses, m.field(), run[0], run[1]);
      if (before != null ? before.entityId().equals(m.entityId())
          : covered(mentions, m.field(), run[0], run[1], m.entityId())) {
        continue;
      }
      String latin = d.substring(run[0], run[1]);
      // an acronym (PYD, NLSIU) is how the body is shortened, not its name
      String name = isKbId.test(m.entityId()) || acronym(latin) ? m.name() : latin;
      if (glosses == null) {
        glosses = new ArrayList<>();
        names = new HashMap<>();
      }
      glosses.remove(before); // the later gloss of one run takes it (null: none before)
      glosses.add(new Mention(m.field(), run[0], run[1], m.entityId(), m.type(), name, false));
      names.put(m.entityId(), name);
    }
    if (glosses == null) {
      return mentions;
    }
    // the pieces of a gloss found on their own (Marc Bloch as a person apart) go; the glosses come last, then all sorted
    List<Mention> out = new ArrayList<>(mentions.size() + glosses.size());
    for (Mention o : mentions) {
      if (!inside(o, glosses)) {
        out.add(named(o, names));
      }
    }
    for (Mention g : glosses) {
      out.add(named(g, names));
    }
    out.sort(Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
    return out;
  }

  /** {@code o} with the name the last gloss of its entity gives (every mention of a glossed entity takes it). */
  private static Mention named(Mention o, Map<String, String> names) {
    String name = names.get(o.entityId());
    return name == null || name.equals(o.name()) ? o
        : new Mention(o.field(), o.start(), o.end(), o.entityId(), o.type(), name, o.role());
  }

  /**
   * [start, end) of a Latin name right after an Arabic name ending at {@code e}: a closing mark and spaces may come
   * between, the name may stand in brackets (then the bracket must close right after it). Each word opens with a
   * capital (a link word between two of them); the run ends at anything but a letter, an apostrophe, a dot or a
   * hyphen inside a word. Null when there is none.
   */
  static int[] glossAfter(String d, int e) {
    int n = d.length();
    int i = e;
    if (i < n && (d.charAt(i) == '»' || d.charAt(i) == '”' || d.charAt(i) == '"')) {
      i++;
    }
    int spaces = i;
    while (i < n && d.charAt(i) == ' ') {
      i++;
    }
    boolean bracket = false;
    if (i < n && d.charAt(i) == '(') {
      bracket = true;
      i++;
      while (i < n && d.charAt(i) == ' ') {
        i++;
      }
    } else if (i == spaces) {
      return null; // glued to the Arabic word: no gloss
    }
    int start = i;
    int end = -1;
    while (i < n) {
      if (!isLatinUpper(d.charAt(i))) {
        int l = link(d, i);
        if (end < 0 || l == 0 || i + l + 1 >= n || !isLatinUpper(d.charAt(i + l + 1))) {
          break;
        }
        i += l + 1;
        continue;
      }
      int w = i + 1;
      while (w < n && (isLatinLetter(d.charAt(w)) || ((d.charAt(w) == '\'' || d.charAt(w) == '.' || d.charAt(w) == '-')
          && w + 1 < n && isLatinLetter(d.charAt(w + 1))))) {
        w++;
      }
      if (w - i < 2 && !(w < n && d.charAt(w) == '.')) {
        break; // a lone capital that is no initial
      }
      end = w;
      if (w < n && d.charAt(w) == '.' && w - i == 1) {
        end = w + 1; // J. Smith: an initial keeps its dot
        w++;
      }
      i = w;
      if (i < n && d.charAt(i) == ' ' && i + 1 < n) {
        i++;
        continue;
      }
      break;
    }
    if (end < 0) {
      return null;
    }
    if (d.charAt(end - 1) == '.' && end - start == 2) {
      return null; // an initial alone
    }
    if (bracket) {
      int c = end;
      while (c < n && d.charAt(c) == ' ') {
        c++;
      }
      if (c >= n || d.charAt(c) != ')') {
        return null;
      }
    } else if (end < n && (isArabicLetter(d.charAt(end)) || Character.isDigit(d.charAt(end)))) {
      return null;
    }
    return end - start < 2 ? null : new int[] {start, end};
  }

  /** Two to four words, the first an English or international given name (Marc Bloch, Jacques Le Goff). */
  static boolean personGloss(String d, int s, int e) {
    int sp = d.indexOf(' ', s);
    if (sp < 0 || sp >= e) {
      return false;
    }
    int words = 1;
    for (int i = s; i < e; i++) {
      if (d.charAt(i) == ' ') {
        words++;
      }
    }
    return words <= 4 && GivenNames.english().contains(d.substring(s, sp).toLowerCase(Locale.ROOT));
  }

  /** Capitals (and dots) only: R.P.G, PYD. */
  static boolean acronym(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '.' && !(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** Length of a link word at {@code i} followed by a space, or 0 (whole words: "de" must not take "des X"). */
  private static int link(String d, int i) {
    for (String l : LINKS) {
      int e = i + l.length();
      if (d.startsWith(l, i) && e < d.length() && d.charAt(e) == ' ') {
        return l.length();
      }
    }
    return 0;
  }

  private static boolean inside(Mention o, List<Mention> glosses) {
    for (Mention g : glosses) {
      if (o.field() == g.field() && o.start() >= g.start() && o.end() <= g.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<Mention> ms, int field, int s, int e, String id) {
    for (Mention o : ms) {
      if (o.field() == field && o.start() < e && s < o.end()) {
        if (o.entityId().equals(id) || o.start() < s || o.end() > e) {
          return true; // already the same entity, or a longer name that holds the run
        }
      }
    }
    return false;
  }

  private static boolean isLatinUpper(char c) {
    return c >= 'A' && c <= 'Z' || c >= 0xC0 && c <= 0xDE && c != 0xD7;
  }

  private static boolean isLatinLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7;
  }

  private static boolean isArabicLetter(char c) {
    return c >= 0x0621 && c <= 0x064A || c >= 0x0671 && c <= 0x06D3;
  }
}
