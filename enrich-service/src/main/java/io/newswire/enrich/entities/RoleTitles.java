package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * English arts copy (round 27): what an actor has a role in, or stars in, is a film, a play or a series ("her leading
 * role in Marigold", "his role in Ada Brennan"): the title, not a place or a person, even when the "in"
 * before it or its words make the rules read one. A place or person the knowledge base lacks right after such a phrase, not
 * followed by a possessive (a director's "starred in X's film"), is dropped with the article's other mentions written the same
 * (as {@link WorkTitles} does). Places the KB knows stay ("a role in London's West End" is not reached: London is known), and
 * "part in", "appearance in" and "performance(s) in" are left out: one takes part, appears or performs in a town.
 */
final class RoleTitles {
  private RoleTitles() {}

  /** Lower-case words right before "in" that make what follows a work. */
  private static final Set<String> CUES = StringSet.of("role", "roles", "star", "stars", "starred", "starring");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Set<String> titles = null;
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.PLACE && m.type() != EntityType.PERSON || kb.apply(m.entityId()) != null) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (cueBefore(d, m.start()) && !WorkTitles.possessiveAfter(d, m.end()) && !bareApostropheAfter(d, m.end())) {
        if (titles == null) {
          titles = new HashSet<>();
        }
        titles.add(d.substring(m.start(), m.end()));
      }
    }
    return titles == null ? mentions
        : WorkTitles.withoutTitles(fields, mentions, titles, m -> m.type() == EntityType.PLACE || m.type() == EntityType.PERSON);
  }

  /** "Hughes' 1943 film": the possessive of a name ending in s. */
  private static boolean bareApostropheAfter(String d, int end) {
    return end < d.length() && (d.charAt(end) == '\'' || d.charAt(end) == '\u2019');
  }

  /** "role in ", "starred in " … right before {@code start}. */
  static boolean cueBefore(String d, int start) {
    return CUES.contains(Fixtures.wordBeforeIn(d, start)); // "" is no cue
  }
}
