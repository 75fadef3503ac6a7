package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * A knowledge-base place strictly inside a name that a word of the name itself types (Bank of England,
 * Washington County, دانشگاه تهران) is part of that name, not a mention of the place: the match is
 * dropped so the longer name can be linked. Knowledge-base people and organisations stay (they win over
 * the candidate as before).
 */
final class NestedNames {
  private NestedNames() {}

  /**
   * Persian genitive chains run on past the name (کنفدراسیون آسیا قضاوت ...): an organisation found by
   * its head word ends with the first knowledge-base place inside it (شورای امنیت روسیه).
   */
  static void endAtNestedPlace(List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.confidence() < EnglishNameRecognizer.STRUCTURAL || c.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (NameMatch m : matches.get(c.field())) {
        if (c.start() < m.start() && m.end() < c.end() && onlyPlaces(m)) {
          candidates.set(i, new Candidate(c.field(), c.start(), m.end(), c.type(), c.confidence(), c.cued()));
          break;
        }
      }
    }
  }

  static void dropInsideStructural(List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.confidence() < EnglishNameRecognizer.STRUCTURAL || c.type() == EntityType.PERSON) {
        continue;
      }
      List<NameMatch> field = matches.get(c.field());
      boolean containsKbName = false;
      for (NameMatch m : field) {
        if (m.start() <= c.start() && m.end() >= c.end()) {
          containsKbName = true; // the KB knows the whole name (or more): leave everything as it is
        }
      }
      if (!containsKbName) {
        matches.set(c.field(), field.stream().filter(m -> !(c.start() <= m.start() && m.end() <= c.end()
            && m.end() - m.start() < c.end() - c.start() && onlyPlaces(m))).toList());
      }
    }
  }

  private static boolean onlyPlaces(NameMatch m) {
    for (AliasTarget t : m.targets()) {
      KbEntity e = t.entity();
      if (e.type() != EntityType.PLACE) {
        return false;
      }
    }
    return true;
  }
}
