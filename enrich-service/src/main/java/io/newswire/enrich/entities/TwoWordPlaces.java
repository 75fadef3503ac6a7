package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Persian (round 23): a place of two words the knowledge base lacks, one of which the article names alone as a
 * place elsewhere, is that place and a word next to it, not one name. The word after a town is mostly no name
 * (شهرستان X تجلیل شد، در X حمله کردند: a verb's noun, an adjective): the place is the town alone. A word before
 * the town is mostly a smaller place in it (امام جمعه زیراب سوادکوه: the town and its county; a village and its
 * county), so both are places, unless it is an adjective in -ی (توریستی X). A two-word name the KB knows (کره
 * شمالی، نوار غزه) stands. Looks only at the article's multi-word places the KB lacks, against its one-word places.
 */
final class TwoWordPlaces {
  private TwoWordPlaces() {}

  static List<Mention> split(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Map<String, Mention> alone = null; // one-word places of the article, by matching form
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      List<Mention> parts = null;
      if (m.type() == EntityType.PLACE && !m.role()) {
        String d = fields.get(m.field()).display();
        int sp = d.indexOf(' ', m.start());
        int sp2 = sp < 0 ? -1 : d.indexOf(' ', sp + 1);
        // two words (not one, not three or more) that the KB does not name
        if (sp > m.start() && sp < m.end() - 1 && (sp2 < 0 || sp2 >= m.end()) && kb.apply(m.entityId()) == null) {
          if (alone == null) {
            alone = alone(fields, mentions);
          }
          parts = parts(d, m, sp, alone);
        }
      }
      if (parts != null && out == null) {
        out = new ArrayList<>(mentions.subList(0, i));
      }
      if (out != null) {
        out.addAll(parts != null ? parts : List.of(m));
      }
    }
    return out == null ? mentions : out;
  }

  /** The places {@code m} (two words, a space at {@code sp}) is made of, or null when it stays one name. */
  private static List<Mention> parts(String d, Mention m, int sp, Map<String, Mention> alone) {
    Mention first = alone.get(MatchingForm.key(d.substring(m.start(), sp)));
    if (first != null) { // راور تجلیل: the town and the word after it
      return List.of(new Mention(m.field(), m.start(), sp, first.entityId(), EntityType.PLACE, first.name(), false));
    }
    Mention second = alone.get(MatchingForm.key(d.substring(sp + 1, m.end())));
    if (second == null) {
      return null;
    }
    Mention town = new Mention(m.field(), sp + 1, m.end(), second.entityId(), EntityType.PLACE, second.name(), false);
    String before = d.substring(m.start(), sp);
    String key = MatchingForm.key(before);
    if (key.endsWith("ی") || key.endsWith("ي")) {
      return List.of(town); // توریستی X: an adjective of the town
    }
    String name = CrossScriptName.romanize(before, "fa", true);
    return List.of(new Mention(m.field(), m.start(), sp, CrossScriptId.orSlug(EntityType.PLACE, name, "fa", key),
        EntityType.PLACE, name, false), town);
  }

  private static Map<String, Mention> alone(List<FieldText> fields, List<Mention> mentions) {
    Map<String, Mention> out = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PLACE && !m.role()) {
        String text = fields.get(m.field()).display().substring(m.start(), m.end());
        if (text.indexOf(' ') < 0) {
          out.putIfAbsent(MatchingForm.key(text), m);
        }
      }
    }
    return out;
  }
}
