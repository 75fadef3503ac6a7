package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English (round 21): right after Mr, Mrs, Ms, Miss or Dr stands a person, whatever the knowledge base or a merge made of the
 * word (Mr Davis told ... as the town of Davis, Mr Houston as the city, Mr Mittal as the steel firm, Mr Bates as a club's
 * owner's club). The mention joins the article's person whose name ends with it, or names a person of its own. In the English
 * pools 29 such mentions in 14 dispatches were places or bodies. Looks at the characters before each non-person mention only.
 */
final class HonorificPersons {
  private HonorificPersons() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() == EntityType.PERSON) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String text = d.substring(m.start(), m.end());
      if (!honorificBefore(d, m.start()) || !capitalisedWords(text)) {
        continue;
      }
      Mention person = personEndingWith(fields, mentions, text);
      edits.set(i, person != null
          ? new Mention(m.field(), m.start(), m.end(), person.entityId(), EntityType.PERSON, person.name(), false)
          : new Mention(m.field(), m.start(), m.end(), CrossScriptId.person(text), EntityType.PERSON, text, false));
    }
    return edits.result();
  }

  /** "Mr ", "Mrs. ", "Dr " ... right before {@code start}, the title a word of its own. */
  static boolean honorificBefore(String d, int start) {
    int k = start - 1;
    if (k < 0 || d.charAt(k) != ' ') {
      return false;
    }
    k--;
    if (k >= 0 && d.charAt(k) == '.') {
      k--;
    }
    int end = k + 1;
    while (k >= 0 && Character.isLetter(d.charAt(k))) {
      k--;
    }
    if (k >= 0 && Character.isLetterOrDigit(d.charAt(k))) {
      return false;
    }
    String t = d.substring(k + 1, end);
    return t.equals("Mr") || t.equals("Mrs") || t.equals("Ms") || t.equals("Miss") || t.equals("Dr");
  }

  /** One or two words, each capitalised (not "Blair and the Labour"). */
  static boolean capitalisedWords(String text) {
    String[] ws = text.split(" ");
    if (ws.length > 2) {
      return false;
    }
    for (String w : ws) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static Mention personEndingWith(List<FieldText> fields, List<Mention> mentions, String word) {
    for (Mention o : mentions) {
      if (o.type() == EntityType.PERSON && !o.role() && o.name() != null
          && (o.name().equals(word) || o.name().endsWith(" " + word))) {
        return o;
      }
    }
    return null;
  }
}
