package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Round 37: a person named in full may come out as two pieces, the given name found alone and the family name
 * left over (دعا نائب رئيس الجمهورية أسامة النجيفي …؛ يعد فرنان بروديل …), while the same dispatch has the family
 * name as a person elsewhere (إن «النجيفي» أكد). A one-word person followed right away by a word no mention holds,
 * which is the whole text of another one-word person of the dispatch, is that person named in full: one mention,
 * the family name's entity.
 */
final class SplitPersonNames {
  private SplitPersonNames() {}

  static List<Mention> join(List<FieldText> fields, List<Mention> names) {
    Map<String, Mention> oneWord = null; // key of a one-word person's text -> that mention
    for (Mention m : names) {
      if (m.type() == EntityType.PERSON && !m.role()) {
        String text = fields.get(m.field()).display().substring(m.start(), m.end());
        if (text.indexOf(' ') < 0 && text.length() >= 3) {
          if (oneWord == null) {
            oneWord = new HashMap<>();
          }
          oneWord.putIfAbsent(MatchingForm.key(text), m);
        }
      }
    }
    if (oneWord == null || oneWord.size() < 2) {
      return names;
    }
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (d.lastIndexOf(' ', m.end() - 1) >= m.start() || m.end() + 1 >= d.length() || d.charAt(m.end()) != ' ') {
        continue; // more than one word, or no word right after
      }
      int ws = m.end() + 1;
      int we = ws;
      while (we < d.length() && Character.isLetter(d.charAt(we))) {
        we++;
      }
      if (we - ws < 3) {
        continue;
      }
      Mention family = oneWord.get(MatchingForm.key(d.substring(ws, we)));
      if (family == null || family.entityId().equals(m.entityId())
          || Mention.overlapping(edits.current(), m.field(), ws, we) != null) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start(), we, family.entityId(), EntityType.PERSON, family.name(), false));
    }
    return edits.result();
  }
}
