package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.Clitics;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic nasab chains: a person (a knowledge-base person, a recognizer's person, or a given name of the
 * shipped list) followed by {@code بن|ابن|بنت NAME (بن NAME)* (FAMILY)?} is one person named by the
 * whole chain (الشيخ سلمان بن صالح المقوشي is not King Salman). A knowledge-base match that names the
 * person by one given name alone gives way to a candidate for the chain, which links to the KB only when
 * one of its aliases is the whole chain; a match whose alias is itself a chain (محمد بن سلمان) grows and
 * keeps its link. Works per occurrence of the particle, not per token.
 */
final class PatronymicChains {
  private PatronymicChains() {}

  /** Above the tagger's and the given-name shape's scores: the chain is the strongest evidence of a name. */
  static final double CONFIDENCE = 0.95;

  private static final Set<String> LINKS = Set.of("بن", "ابن", "بنت", "ابنه");
  /** Particles a given name of the list may open a chain with (ابن is as often "the son of ..."). */
  private static final Set<String> GIVEN_LINKS = Set.of("بن", "بنت");
  /** A first word that takes the next one with it (عبد العزيز، أبو بكر). */
  private static final Set<String> COMPOUND = Set.of("عبد", "ابو", "ابي", "ام");
  /** Words with the article after a chain that are no family name. */
  private static final Set<String> NOT_FAMILY = Set.of("الذي", "التي", "الذين", "اليوم", "الان", "الامس", "الماضي",
      "الحالي", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الملك", "الامير", "الاميره",
      "الشيخ", "الرئيس", "الوزير", "الدكتور", "السيد", "خلال", "الى", "الي", "العام", "الثاني", "الاول", "الثالث",
      "الرابع", "الخامس");

  static void extend(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    Set<String> given = GivenNames.arabic();
    for (FieldText f : fields) {
      String d = f.display();
      if (d.indexOf("بن") < 0) {
        continue;
      }
      List<NameMatch> field = matches.get(f.index());
      List<NameMatch> kept = null;
      for (int p = d.indexOf("بن"); p >= 0; p = d.indexOf("بن", p + 2)) {
        int ws = wordStart(d, p);
        int we = wordEnd(d, p);
        String link = MatchingForm.key(d.substring(ws, we));
        if (!LINKS.contains(link) || ws == 0 || d.charAt(ws - 1) != ' ') {
          continue;
        }
        if (insideKbName(kept == null ? field : kept, ws, we)) {
          continue; // تميم بن حمد آل ثاني: the knowledge base knows the chain (its alias anchors the partial آل ثاني)
        }
        int prevEnd = ws - 1;
        int chainEnd = chainEnd(d, we, field);
        if (chainEnd < 0 || purposeAfter(d, chainEnd)) {
          continue; // بيت الأمير فيصل بن فهد للشباب: a facility named after the person
        }
        // what ends right before the particle: a KB person, a candidate person, or a given name
        NameMatch kbBefore = null;
        for (NameMatch m : (kept == null ? field : kept)) {
          if (m.end() == prevEnd && onlyPeople(m)) {
            kbBefore = m;
          }
        }
        int candBefore = -1;
        for (int i = 0; i < candidates.size(); i++) {
          Candidate c = candidates.get(i);
          if (c.field() == f.index() && c.type() == EntityType.PERSON && c.end() == prevEnd) {
            candBefore = i;
          }
        }
        int start;
        if (kbBefore != null) {
          start = kbBefore.start();
        } else if (candBefore >= 0) {
          start = candidates.get(candBefore).start();
        } else {
          int gs = wordStart(d, prevEnd);
          if (gs >= prevEnd || !GIVEN_LINKS.contains(link) || !given.contains(MatchingForm.key(d.substring(gs, prevEnd)))) {
            continue;
          }
          start = gs;
        }
        if (insideOther(f.index(), start, chainEnd, kept == null ? field : kept, candidates)) {
          continue; // جامعة الأمير سلطان بن عبدالعزيز: the body's name
        }
        if (kept == null) {
          kept = new ArrayList<>(field);
        }
        final int s = start;
        final int e = chainEnd;
        boolean grownKb = false;
        if (kbBefore != null && (containsLink(d.substring(kbBefore.start(), kbBefore.end()))
            || aliasOpensWith(kbBefore, d.substring(kbBefore.start(), name(d, we))))) {
          // the alias is itself a chain (محمد بن سلمان), or the KB person has an alias that opens with
          // this name and father (سلمان بن عبد العزيز written apart): the same person, same link
          MatchingForm form = f.form();
          NameMatch g = new NameMatch(s, e, kbBefore.mStart(), matchingIndex(form, e), kbBefore.targets());
          kept.set(kept.indexOf(kbBefore), g);
          grownKb = true;
        } else if (kbBefore != null) {
          kept.remove(kbBefore);
        }
        final boolean grown = grownKb;
        final NameMatch keepMe = grownKb ? kept.stream().filter(m -> m.start() == s && m.end() == e).findFirst().orElse(null) : null;
        kept.removeIf(m -> m != keepMe && m.start() < e && m.end() > s);
        candidates.removeIf(c -> c.field() == f.index() && c.type() == EntityType.PERSON && c.start() >= s && c.end() <= e);
        if (!grown) {
          candidates.add(new Candidate(f.index(), s, e, EntityType.PERSON, CONFIDENCE, true));
        }
        p = e - 2;
      }
      if (kept != null) {
        matches.set(f.index(), kept);
      }
    }
  }

  /** End of {@code NAME (بن NAME)* (FAMILY)?} after the particle ending at {@code from}, or -1. */
  static int chainEnd(String d, int from, List<NameMatch> field) {
    int end = name(d, from);
    if (end < 0) {
      return -1;
    }
    while (true) {
      int ws = skipSpaces(d, end);
      if (ws == end || ws >= d.length()) {
        return end;
      }
      int we = wordEnd(d, ws);
      String k = MatchingForm.key(d.substring(ws, we));
      if (LINKS.contains(k)) {
        int n = name(d, we);
        if (n < 0) {
          return end;
        }
        end = n;
        continue;
      }
      if (k.equals("ال") && d.charAt(ws) == 'آ') {
        int n = word(d, we); // آل سعود
        return n < 0 ? end : n;
      }
      // a family name with the article: the nisba ending (المقوشي), or closed by a comma (الجاسر،); not a
      // definite object noun after the chain (شكر الأمير خالد بن سلمان الفرق)
      boolean shaped = d.charAt(we - 1) == 'ي' || (we < d.length() && (d.charAt(we) == '،' || d.charAt(we) == ','));
      if (k.startsWith("ال") && k.length() >= 4 && shaped && !NOT_FAMILY.contains(k) && arabicWord(d, ws, we)
          && !otherKbNameAt(field, ws)) {
        return we;
      }
      return end;
    }
  }

  /** A name word (two with عبد، أبو) after the spaces at {@code from}: its end, or -1. */
  private static int name(String d, int from) {
    int end = word(d, from);
    if (end < 0) {
      return -1;
    }
    int ws = wordStart(d, end - 1);
    if (COMPOUND.contains(MatchingForm.key(d.substring(ws, end)))) {
      int n = word(d, end);
      return n < 0 ? -1 : n;
    }
    return end;
  }

  /** One Arabic word after one space at {@code from}: its end, or -1. */
  private static int word(String d, int from) {
    if (from >= d.length() || d.charAt(from) != ' ') {
      return -1;
    }
    int ws = from + 1;
    int we = wordEnd(d, ws);
    return we > ws && arabicWord(d, ws, we) ? we : -1;
  }

  private static boolean arabicWord(String d, int s, int e) {
    for (int i = s; i < e; i++) {
      char ch = d.charAt(i);
      if (!Clitics.isArabicScript(ch) || ch == '،' || ch == '؛' || ch == '؟') {
        return false;
      }
    }
    return true;
  }

  private static boolean insideKbName(List<NameMatch> matches, int s, int e) {
    for (NameMatch m : matches) {
      if (m.start() < s && m.end() >= e) {
        return true;
      }
    }
    return false;
  }

  private static boolean purposeAfter(String d, int end) {
    return end + 3 < d.length() && d.charAt(end) == ' ' && d.charAt(end + 1) == 'ل' && d.charAt(end + 2) == 'ل';
  }

  /** An organisation or place (KB or candidate) that holds the whole chain. */
  private static boolean insideOther(int field, int s, int e, List<NameMatch> matches, List<Candidate> candidates) {
    for (NameMatch m : matches) {
      if (m.start() <= s && m.end() >= e && (m.end() - m.start() > e - s) && !onlyPeople(m)) {
        return true;
      }
    }
    for (Candidate c : candidates) {
      if (c.field() == field && c.type() != EntityType.PERSON && c.start() <= s && c.end() >= e) {
        return true;
      }
    }
    return false;
  }

  private static boolean otherKbNameAt(List<NameMatch> field, int start) {
    for (NameMatch m : field) {
      if (m.start() == start && !onlyPeople(m)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a target's alias, spaces aside, opens with {@code prefix} (the name, the particle and the father). */
  private static boolean aliasOpensWith(NameMatch m, String prefix) {
    String p = MatchingForm.key(prefix).replace(" ", "");
    for (AliasTarget t : m.targets()) {
      for (io.newswire.enrich.entities.kb.KbAlias a : t.entity().aliases()) {
        if (MatchingForm.key(a.text()).replace(" ", "").startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsLink(String name) {
    for (String w : name.split(" ")) {
      if (LINKS.contains(MatchingForm.key(w))) {
        return true;
      }
    }
    return false;
  }

  private static int skipSpaces(String d, int i) {
    while (i < d.length() && d.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int wordStart(String d, int i) {
    while (i > 0 && !Character.isWhitespace(d.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** End of the letters (and their marks) from {@code i}: punctuation ends a word. */
  private static int wordEnd(String d, int i) {
    while (i < d.length() && (Character.isLetter(d.charAt(i)) || Character.getType(d.charAt(i)) == Character.NON_SPACING_MARK)) {
      i++;
    }
    return i;
  }

  private static int matchingIndex(MatchingForm form, int display) {
    int k = 0;
    while (k < form.text().length() && form.displayIndex(k) < display) {
      k++;
    }
    return k;
  }

  private static boolean onlyPeople(NameMatch m) {
    for (AliasTarget t : m.targets()) {
      if (t.entity().type() != EntityType.PERSON) {
        return false;
      }
    }
    return !m.targets().isEmpty();
  }
}
