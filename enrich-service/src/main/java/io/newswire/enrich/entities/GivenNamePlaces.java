package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.names.TitleCase;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English (round 48): a one-word place right after a listed given name (John Houston, Thomas Dawson, Elizabeth France,
 * Tony Jordan) is that person's surname: the mention takes the given name in and becomes a person. The place was taken
 * from the knowledge base's towns and countries alone, since no rule had read the two words as a name. In the English
 * pools outside the annotation files all 7 such places are persons. A person the rules had already made of the bare
 * surname (Mr Houston) is the same person; the place's other bare repeats follow through the surname passes after this one.
 */
final class GivenNamePlaces {
  private GivenNamePlaces() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    Map<String, Mention> persons = new HashMap<>(); // surname -> the whole name's mention
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      FieldText f = fields.get(m.field());
      String d = f.display();
      int a = givenNameStart(d, m.start(), m.end());
      if (a < 0 || f.isHeadline() && TitleCase.isTitleCase(d) || Mention.overlapping(mentions, m.field(), a, m.start() - 1) != null) {
        continue;
      }
      String whole = d.substring(a, m.end());
      Mention x = new Mention(m.field(), a, m.end(), CrossScriptId.person(whole), EntityType.PERSON, whole, false);
      persons.putIfAbsent(d.substring(m.start(), m.end()), x);
      edits.set(i, x);
    }
    if (!edits.anyEdited()) {
      return mentions;
    }
    List<Mention> out = edits.current();
    for (int j = 0; j < out.size(); j++) { // Mr Houston, already a person of that one word, is the person just named
      Mention o = out.get(j);
      Mention x = o.type() == EntityType.PERSON && !o.role() ? persons.get(o.name()) : null;
      if (x != null && o.entityId() != null && !o.entityId().equals(x.entityId())
          && fields.get(o.field()).display().substring(o.start(), o.end()).equals(o.name())) {
        edits.set(j, new Mention(o.field(), o.start(), o.end(), x.entityId(), o.type(), x.name(), false));
      }
    }
    return edits.result();
  }

  /**
   * Start of a listed given name (a capital, then lower-case letters) one space before the one capitalised word
   * {@code d[start, end)}, or -1.
   */
  static int givenNameStart(String d, int start, int end) {
    if (start < 2 || d.charAt(start - 1) != ' ' || !Character.isUpperCase(d.charAt(start))) {
      return -1;
    }
    for (int k = start; k < end; k++) {
      if (!Character.isLetter(d.charAt(k))) {
        return -1;
      }
    }
    int a = start - 1;
    while (a > 0 && Character.isLetter(d.charAt(a - 1))) {
      a--;
    }
    if (a == start - 1 || a > 0 && (Character.isLetterOrDigit(d.charAt(a - 1)) || d.charAt(a - 1) == '-' || d.charAt(a - 1) == '\'')
        || !Character.isUpperCase(d.charAt(a))) {
      return -1;
    }
    for (int k = a + 1; k < start - 1; k++) {
      if (!Character.isLowerCase(d.charAt(k))) {
        return -1;
      }
    }
    return GivenNames.english().contains(d.substring(a, start - 1).toLowerCase(Locale.ROOT)) ? a : -1;
  }
}
