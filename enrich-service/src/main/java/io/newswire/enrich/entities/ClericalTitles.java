package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English (round 28): a clergyman's title is no part of his name ("Archbishop Thomas Dube", "the Rt Rev Alan Marsh",
 * "Rabbi Levin", "Cardinal Ostrowski"), as Mr, Sir and Lord are not (r11, r27: `Rt Rev` stays outside the bishop's name). The
 * runs and the model keep a capitalised title inside the person, so the repeat "Archbishop Dube" and the full name made two
 * people, and a sentence's first word before the title ("Later Rabbi Levin") stayed inside too. A person's mention holding a
 * title word followed by at least one more word is cut to the words after its last title; the cut mention joins the
 * article's person whose name ends with it. A title as the last word is a surname (Maurice Bishop) and stays.
 * Round 29: peers', dames' and judges' titles likewise ("Baroness Harlow", "Dame Edith Marsh", "Mr Justice Pell"), as Lord and
 * Sir are not part of the name (r11, r26); "Dame" is cut only before two words or more ("Dame Edith" names her by her given
 * name and stays whole, joined to her full name).
 */
final class ClericalTitles {
  private ClericalTitles() {}

  /** Clerical titles written before a name, capitalised as in copy; "Rt"/"Very" before Rev fall with it. */
  private static final String[] TITLES = {"Archbishop", "Archdeacon", "Bishop", "Cardinal", "Monsignor", "Rabbi", "Rev",
      "Reverend", "Imam", "Pastor"};
  /** Round 29: titles of peers, dames and judges, written before a name. */
  private static final String[] HONOURS = {"Baroness", "Baron", "Viscount", "Viscountess", "Dame", "Justice"};

  static List<Mention> trim(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    Map<String, String> renamed = new HashMap<>(); // old entity id to the id of its cut mentions
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.PERSON) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int from = afterLastTitle(d, m.start(), m.end());
      if (from < 0) {
        continue;
      }
      String text = d.substring(from, m.end());
      Mention cut = new Mention(m.field(), from, m.end(), CrossScriptId.person(text), EntityType.PERSON, text, false);
      edits.set(i, cut);
      renamed.putIfAbsent(m.entityId(), cut.entityId());
    }
    if (!edits.anyEdited()) {
      return mentions;
    }
    List<Mention> out = edits.current();
    // The cut names join the article's fuller name (Archbishop Dube after Tumelo Dube), and the mentions the rules had
    // already given the titled entity follow it.
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      if (m.role() || m.type() != EntityType.PERSON) {
        continue;
      }
      String to = renamed.get(m.entityId());
      boolean cut = mentions.get(i) != m;
      if (!cut && to == null) {
        continue;
      }
      Mention full = personEndingWith(out, m);
      if (full != null) {
        edits.set(i, new Mention(m.field(), m.start(), m.end(), full.entityId(), EntityType.PERSON, full.name(), false));
      } else if (!cut) {
        String d = fields.get(m.field()).display();
        edits.set(i, new Mention(m.field(), m.start(), m.end(), to, EntityType.PERSON, nameOf(out, to, d.substring(m.start(), m.end())), false));
      }
    }
    return edits.result();
  }

  /** The start of the word after the last title word in [start, end) that has a word after it, or -1. */
  static int afterLastTitle(String d, int start, int end) {
    int found = -1;
    int k = start;
    while (k < end) {
      int w = k;
      while (k < end && Character.isLetter(d.charAt(k))) {
        k++;
      }
      int wEnd = k;
      if (k < end && d.charAt(k) == '.') {
        k++;
      }
      if (k < end && d.charAt(k) == ' ' && wEnd > w && isTitle(d, w, wEnd)) {
        int next = k + 1;
        int space = d.indexOf(' ', next);
        boolean oneWordAfter = space < 0 || space >= end;
        if (next < end && Character.isUpperCase(d.charAt(next)) && !(oneWordAfter && wEnd - w == 4 && d.startsWith("Dame", w))) {
          found = next;
        }
      }
      // on to the next word
      while (k < end && d.charAt(k) != ' ') {
        k++;
      }
      k++;
    }
    return found;
  }

  private static boolean isTitle(String d, int s, int e) {
    for (String t : TITLES) {
      if (t.length() == e - s && d.startsWith(t, s)) {
        return true;
      }
    }
    for (String t : HONOURS) {
      if (t.length() == e - s && d.startsWith(t, s)) {
        return true;
      }
    }
    return false;
  }

  private static String nameOf(List<Mention> mentions, String id, String fallback) {
    for (Mention o : mentions) {
      if (id.equals(o.entityId()) && o.name() != null) {
        return o.name();
      }
    }
    return fallback;
  }

  /** The article's other person whose name is longer and ends with this mention's name. */
  private static Mention personEndingWith(List<Mention> mentions, Mention m) {
    String word = m.name();
    if (word == null) {
      return null;
    }
    for (Mention o : mentions) {
      if (o != m && o.type() == EntityType.PERSON && !o.role() && o.name() != null && !o.entityId().equals(m.entityId())
          && o.name().endsWith(" " + word) && afterLastTitle(o.name(), 0, o.name().length()) < 0) {
        return o;
      }
    }
    return null;
  }
}
