package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import java.util.List;

/**
 * English (round 32): a hyphenated describing word before a name ("Trouble-hit Mitsubishi Motors", "State-owned Rosneft",
 * "the Republican-controlled Senate", "Privately-held Pantry Inc", "Car-maker Honda") is no part of it. Capitalised at the
 * start of a sentence or by its own first part, it joins the name's run, so the body gets a name nobody writes again and its
 * repeats stay apart. The word is a compound whose second part is a past participle (ending in "ed", or hit, run, made, born,
 * built) or "maker"; the name after it must start with a capital. The trimmed mention joins an entity the article writes
 * with that very text, or keeps its own under the shorter name.
 */
public final class ParticipleOpeners {
  private ParticipleOpeners() {}

  /** Second parts of a describing compound that are no name's: irregular participles and a maker. */
  private static final String[] SECOND = {"hit", "run", "made", "born", "built", "maker"};

  static List<Mention> trim(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int space = openerEnd(d, m.start(), m.end());
      if (space < 0) {
        continue;
      }
      String whole = d.substring(m.start(), m.end());
      String rest = d.substring(space + 1, m.end());
      Mention named = null;
      for (Mention o : mentions) {
        if (o != m && !o.role() && o.type() == m.type()
            && fields.get(o.field()).display().substring(o.start(), o.end()).equals(rest)) {
          named = o;
          break;
        }
      }
      String name = named != null ? named.name() : m.name().equals(whole) ? rest : m.name();
      String id = named != null ? named.entityId() : trimmedId(m, whole, name);
      edits.set(i, new Mention(m.field(), space + 1, m.end(), id, m.type(), name, false));
    }
    return edits.result();
  }

  /**
   * Round 50: the id of a mention that keeps its own entity, made of the trimmed name when it was made of the whole
   * text ({@code org:name:trouble-hit-mitsubishi-motors} under the name Mitsubishi Motors); any other id is kept.
   */
  private static String trimmedId(Mention m, String whole, String name) {
    String id = m.entityId();
    if (!id.equals(CrossScriptId.of(m.type(), whole))) {
      return id;
    }
    String trimmed = CrossScriptId.of(m.type(), name);
    return trimmed != null ? trimmed : id;
  }

  /**
   * The index of the space after a describing compound that opens the mention at [start, end), or -1: a capital, lower-case
   * letters, a hyphen, a lower-case participle or "maker", one space, then a capital. Also read by
   * {@link io.newswire.enrich.entities.link.UnknownNameLinker} (round 56), where the compound's first part is a KB name.
   */
  public static int openerEnd(String d, int start, int end) {
    if (end - start < 8 || !Character.isUpperCase(d.charAt(start))) {
      return -1;
    }
    int k = start + 1;
    while (k < end && Character.isLowerCase(d.charAt(k))) {
      k++;
    }
    if (k == start + 1 || k >= end || d.charAt(k) != '-') {
      return -1;
    }
    int second = k + 1;
    int e = second;
    while (e < end && Character.isLowerCase(d.charAt(e))) {
      e++;
    }
    if (e == second || e + 1 >= end || d.charAt(e) != ' ' || !Character.isUpperCase(d.charAt(e + 1))) {
      return -1;
    }
    return participle(d, second, e) ? e : -1;
  }

  private static boolean participle(String d, int s, int e) {
    if (e - s >= 3 && d.charAt(e - 2) == 'e' && d.charAt(e - 1) == 'd') {
      return true;
    }
    for (String w : SECOND) {
      if (w.length() == e - s && d.startsWith(w, s)) {
        return true;
      }
    }
    return false;
  }
}
