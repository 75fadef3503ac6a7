package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One person, many mentions: a name the knowledge base does not know that is the first or last words of
 * a longer person name in the same article (العلي after محمد العلي) becomes a mention of that person.
 * Left alone when it would fit two different people. Untyped candidates (OTHER: capitalised words
 * with no type cue) are kept only when they merge this way.
 */
public final class PartialNameMerger {
  private PartialNameMerger() {}

  public static List<Mention> merge(List<FieldText> fields, List<Mention> mentions, java.util.function.Predicate<String> isKbId) {
    List<String[]> words = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      words.add(MatchingForm.key(fields.get(m.field()).display().substring(m.start(), m.end())).split(" "));
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean untyped = m.type() == EntityType.OTHER;
      if ((m.type() != EntityType.PERSON && !untyped) || m.role() || isKbId.test(m.entityId())) {
        out.add(m);
        continue;
      }
      Set<String> targets = new HashSet<>();
      Mention target = null;
      for (int j = 0; j < mentions.size(); j++) {
        Mention o = mentions.get(j);
        if (o.type() != EntityType.PERSON || o.role() || o.entityId().equals(m.entityId())
            || words.get(j).length <= words.get(i).length) {
          continue;
        }
        if (isEdge(words.get(i), words.get(j))) {
          targets.add(o.entityId());
          target = o;
        }
      }
      if (targets.size() == 1) {
        out.add(new Mention(m.field(), m.start(), m.end(), target.entityId(), target.type(), target.name(), false));
      } else if (!untyped) {
        out.add(m); // an untyped capitalised run that names no one here is dropped
      }
    }
    return out;
  }

  /** {@code part} is the leading or trailing words of {@code whole}. */
  static boolean isEdge(String[] part, String[] whole) {
    int n = part.length;
    return Arrays.equals(part, Arrays.copyOfRange(whole, whole.length - n, whole.length))
        || Arrays.equals(part, Arrays.copyOfRange(whole, 0, n));
  }
}
