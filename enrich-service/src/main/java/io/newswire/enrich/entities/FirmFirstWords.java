package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English (round 32): a firm written whole once and by its first word after ("Mitsubishi Motors … Mitsubishi has been hit",
 * "Lycos Europe … Lycos said", "Pemex Japan … Pemex"): the one-word repeats are the firm. The model reads an unknown one-word
 * name as a person when nothing around it says otherwise, so the repeats became a man called Lycos, and the quotes their
 * speaker. A person entity all of whose mentions are one and the same word joins the organisation whose mention opens with
 * that word and a space, when only one organisation of the article does, and no mention of it has a title before it ("Mr.
 * Pesch" of "Pesch and Co" is the man).
 */
final class FirmFirstWords {
  private FirmFirstWords() {}

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions) {
    Map<String, String> word = null; // a person entity's id to its one word, or "" when its mentions differ
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.PERSON) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String t = d.substring(m.start(), m.end());
      boolean titled = HonorificPersons.honorificBefore(d, m.start());
      if (word == null) {
        word = new HashMap<>();
      }
      String had = word.putIfAbsent(m.entityId(), oneWord(t) && !titled ? t : "");
      if (had != null && !had.equals(t) || titled) {
        word.put(m.entityId(), "");
      }
    }
    if (word == null) {
      return mentions;
    }
    Map<String, Mention> firm = null; // a person entity's id to the organisation mention it joins
    Set<String> ambiguous = new HashSet<>();
    for (Mention o : mentions) {
      if (o.role() || o.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String d = fields.get(o.field()).display();
      for (Map.Entry<String, String> e : word.entrySet()) {
        String w = e.getValue();
        if (w.isEmpty() || o.end() - o.start() <= w.length() + 1 || !d.startsWith(w, o.start())
            || d.charAt(o.start() + w.length()) != ' ') {
          continue;
        }
        if (firm == null) {
          firm = new HashMap<>();
        }
        Mention had = firm.putIfAbsent(e.getKey(), o);
        if (had != null && !had.entityId().equals(o.entityId())) {
          ambiguous.add(e.getKey());
        }
      }
    }
    if (firm == null) {
      return mentions;
    }
    ambiguous.forEach(firm::remove);
    return Mention.renamed(mentions, firm, EntityType.PERSON);
  }

  /** Letters only, a capital first and a lower-case letter after it (no initials, no capitals headline word). */
  private static boolean oneWord(String t) {
    if (t.length() < 3 || !Character.isUpperCase(t.charAt(0)) || !Character.isLowerCase(t.charAt(1))) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isLetter(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
