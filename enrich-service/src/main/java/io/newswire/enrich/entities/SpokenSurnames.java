package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 37: once {@link OfficeHolders} or {@link SpeakerNames} has named a person the knowledge base lacks (وقال مطر
 * الطاير، المدير العام …), Arabic copy goes on with the family name alone as the subject of the next speech verbs
 * (وأوضح الطاير أن …، وأكد الطاير). The generic repeats take only known persons' surnames, because an unknown name's
 * last word may be a common word (تمام سلام); right after a speech verb the bare word is surely the speaker.
 * The surname is the name's last word, three letters or more, not shared by two of the new persons.
 */
final class SpokenSurnames {
  private SpokenSurnames() {}

  /** Adds the bare surnames of the persons in {@code after} that {@code before} lacked, after a speech verb. */
  static List<Mention> add(List<FieldText> fields, List<Mention> before, List<Mention> after) {
    if (before == after) {
      return after;
    }
    Set<Mention> old = new HashSet<>(before);
    Map<String, Mention> bySurname = new HashMap<>();
    for (Mention m : after) {
      if (m.type() != EntityType.PERSON || old.contains(m)) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int sp = d.lastIndexOf(' ', m.end() - 1);
      if (sp < m.start() || m.end() - sp - 1 < 3) {
        continue;
      }
      String key = MatchingForm.key(d.substring(sp + 1, m.end()));
      Mention prior = bySurname.putIfAbsent(key, m);
      if (prior != null && !prior.entityId().equals(m.entityId())) {
        bySurname.put(key, null); // two new persons share it: no one's
      }
    }
    List<Mention> out = null;
    for (FieldText f : fields) {
      for (List<Tokenizer.Token> s : f.sentences()) {
        for (int i = 0; i + 1 < s.size(); i++) {
          if (ArtistTitles.unclitic(ArtistTitles.key(s, i), SpeakerNames.VERBS) == null) {
            continue;
          }
          Mention person = bySurname.get(ArtistTitles.key(s, i + 1));
          if (person == null) {
            continue;
          }
          Tokenizer.Token t = s.get(i + 1);
          List<Mention> cur = out == null ? after : out;
          if (Mention.overlapping(cur, f.index(), t.start(), t.end()) != null) {
            continue;
          }
          if (out == null) {
            out = new ArrayList<>(after);
          }
          out.add(new Mention(f.index(), t.start(), t.end(), person.entityId(), EntityType.PERSON, person.name(), false));
        }
      }
    }
    return out == null ? after : out;
  }
}
