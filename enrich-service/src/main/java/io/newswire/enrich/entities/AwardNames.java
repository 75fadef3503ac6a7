package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.text.StringSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * English (round 39): the film, music and television awards named alone ("her second Oscar", "Oscar nominee X", "the
 * Golden Globes", "a Grammy", "Oscar-winning director X") are awards, not annotated (the annotation conventions leave the
 * Oscars, the Golden Globe and award names out), yet the model reads "Oscar" and "Grammy" as given names and "Golden
 * Globes" as a body. An entity every mention of which is such an award word, alone or before a hyphen, goes; one with
 * another mention (Oscar Wilde … Oscar) stays. "Bafta" is a body as well as its awards and is not here.
 */
final class AwardNames {
  private AwardNames() {}

  private static final Set<String> AWARDS = StringSet.of("Oscar", "Oscars", "Golden Globe", "Golden Globes", "Grammy",
      "Grammys", "Emmy", "Emmys");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    Set<String> awards = null; // entities with an award mention
    Set<String> named = null; // entities with a mention that is no award word
    for (Mention m : mentions) {
      if (m.role()) {
        continue;
      }
      if (award(fields.get(m.field()).display(), m.start(), m.end())) {
        awards = awards == null ? new HashSet<>() : awards;
        awards.add(m.entityId());
      } else {
        named = named == null ? new HashSet<>() : named;
        named.add(m.entityId());
      }
    }
    if (awards == null) {
      return mentions;
    }
    if (named != null) {
      awards.removeAll(named);
      if (awards.isEmpty()) {
        return mentions;
      }
    }
    Set<String> dropped = awards;
    return Mention.without(mentions, m -> dropped.contains(m.entityId()));
  }

  /** The mention is an award word, alone or as the first part of a hyphenated word ("Oscar-winning"). */
  static boolean award(String d, int start, int end) {
    int to = end;
    for (int i = start + 1; i < end; i++) { // within the mention: indexOf would scan the rest of the field
      if (d.charAt(i) == '-') {
        to = i;
        break;
      }
    }
    return AWARDS.contains(d.substring(start, to));
  }
}
