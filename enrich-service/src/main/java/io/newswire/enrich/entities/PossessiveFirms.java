package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English (round 22): a firm whose name ends in 's (a founder's shop name: McDonald's, Heck's, Macy's). The rules and the model cut
 * the possessive off ("McDonald" as a body), so the name is wrong and every bare "X's" opening a sentence or a headline is missed.
 * When the article uses "X's" as a name on its own at least once (before a legal form, a verb of saying or being, or a comma:
 * "X's Corp said", "X's said", "X's, the chain"), every one-word mention X of that body followed by 's takes it, and the other
 * "X's" of the article become mentions of the body too. A possessive ("X's chief", "X's shares") is never the evidence.
 * The English dev files annotate 4 such firms in 4 sets (McDonald's, Heck's, Moody's, Standard &amp; Poor's); the two pools'
 * bodies cut this way: McDonald, Pantera, Heck, Macy. Looks only at the text after the article's one-word bodies.
 */
final class PossessiveFirms {
  private PossessiveFirms() {}

  /** Words after "X's" that show it is a name, not a possessive. */
  private static final Set<String> NAME_AFTER = StringSet.of("Inc", "Corp", "Co", "Ltd", "PLC", "plc", "said", "says", "added",
      "is", "was", "has", "had");

  static List<Mention> extend(List<FieldText> fields, List<Mention> mentions) {
    Map<String, Mention> firms = null; // word -> a mention of the body, for bodies the article names as "X's" on its own
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (!possessiveAt(d, m.end()) || !oneCapitalisedWord(d, m.start(), m.end())) {
        continue;
      }
      String word = d.substring(m.start(), m.end());
      if ((firms == null || !firms.containsKey(word)) && usedAsName(fields, word)) {
        if (firms == null) {
          firms = new HashMap<>();
        }
        firms.put(word, m);
      }
    }
    if (firms == null) {
      return mentions;
    }
    // the cut word's id -> the firm's (PANTERA in a headline had the cut word's id, the body's "Pantera's" another)
    Map<String, Mention> renamed = new HashMap<>();
    for (Mention firm : firms.values()) {
      if (!id(firm, fields).equals(firm.entityId())) {
        renamed.put(firm.entityId(), firm);
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size() + 4);
    for (Mention m : mentions) {
      String d = fields.get(m.field()).display();
      Mention firm = m.type() == EntityType.ORGANIZATION && possessiveAt(d, m.end()) ? firms.get(d.substring(m.start(), m.end())) : null;
      Mention same = firm == null ? renamed.get(m.entityId()) : null;
      out.add(firm != null ? new Mention(m.field(), m.start(), m.end() + 2, id(firm, fields), m.type(), name(firm, fields), m.role())
          : same != null ? new Mention(m.field(), m.start(), m.end(), id(same, fields), m.type(), name(same, fields), m.role())
          : m);
    }
    for (Map.Entry<String, Mention> e : firms.entrySet()) {
      String form = e.getKey() + "'s";
      for (FieldText f : fields) {
        String d = f.display();
        for (int at = d.indexOf(form); at >= 0; at = d.indexOf(form, at + 1)) {
          if (standsAlone(d, at, at + form.length()) && Mention.overlapping(out, f.index(), at, at + form.length()) == null) {
            out.add(new Mention(f.index(), at, at + form.length(), id(e.getValue(), fields), EntityType.ORGANIZATION,
                name(e.getValue(), fields), false));
          }
        }
      }
    }
    return out;
  }

  /** The body's name with its 's when the name is the cut word itself. */
  private static String name(Mention firm, List<FieldText> fields) {
    String word = fields.get(firm.field()).display().substring(firm.start(), firm.end());
    return firm.name().equals(word) ? word + "'s" : firm.name();
  }

  /**
   * Round 50: the body's id made of its name with the 's when it was made of the cut word ({@code org:name:heck} for
   * "Heck's"): one dispatch's "Heck's Inc" (heck-s folded, hecks) and "Heck's" were two entities, and "McDonald's" had
   * the id of no name it is written with. A KB or rule id is kept.
   */
  private static String id(Mention firm, List<FieldText> fields) {
    String word = fields.get(firm.field()).display().substring(firm.start(), firm.end());
    String id = firm.entityId();
    if (!id.equals(CrossScriptId.of(EntityType.ORGANIZATION, word))) {
      return id;
    }
    String whole = CrossScriptId.of(EntityType.ORGANIZATION, word + "'s");
    return whole != null ? whole : id;
  }

  /** Some "X's" of the article stands as a name: a legal form, a verb of saying or being, or a comma after it. */
  static boolean usedAsName(List<FieldText> fields, String word) {
    String form = word + "'s";
    for (FieldText f : fields) {
      String d = f.display();
      for (int at = d.indexOf(form); at >= 0; at = d.indexOf(form, at + 1)) {
        int k = at + form.length();
        if (!standsAlone(d, at, k)) {
          continue;
        }
        if (k < d.length() && d.charAt(k) == ',') {
          return true;
        }
        if (k + 1 < d.length() && Character.isWhitespace(d.charAt(k))) {
          int e = k + 1;
          while (e < d.length() && Character.isLetter(d.charAt(e))) {
            e++;
          }
          if (NAME_AFTER.contains(d.substring(k + 1, e))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "'s" right after {@code end}, ending a word. */
  static boolean possessiveAt(String d, int end) {
    return end + 2 <= d.length() && d.charAt(end) == '\'' && d.charAt(end + 1) == 's' && wordEnds(d, end + 2);
  }

  /** {@code d[at, end)} touches no letter or digit on either side. */
  private static boolean standsAlone(String d, int at, int end) {
    return (at == 0 || !Character.isLetterOrDigit(d.charAt(at - 1))) && wordEnds(d, end);
  }

  private static boolean wordEnds(String d, int k) {
    return k >= d.length() || !Character.isLetterOrDigit(d.charAt(k));
  }

  private static boolean oneCapitalisedWord(String d, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(d.charAt(start))) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (!Character.isLetter(d.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
