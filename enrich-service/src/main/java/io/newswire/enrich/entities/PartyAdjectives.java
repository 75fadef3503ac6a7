package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English (round 25): the singular of a party's member noun ("Tory leader Michael Howard", "a Tory government", "Liberal
 * Democrat chairman X", "the senior subcommittee Republican") is an adjective or names one member; the party itself is named
 * by its plural or its full name ("the Tories", "the Liberal Democrats", "the Republican Party"), which stay. The English
 * files never annotate the singular (r7, r8, r12: "Tory" as an adjective or before a name, "Liberal Democrat" before a name;
 * r23: "Republican" after a committee word), while the knowledge base or the runs made it the party or a body of its own.
 * "Labour", a party's name used as a modifier, is not a member noun and is not in the list. English only; a mention whose
 * whole text is one of these words is dropped, unless a possessive follows ("the Lib Dem's call": the party, loosely written).
 */
final class PartyAdjectives {
  private PartyAdjectives() {}

  /** Singular member nouns of parties, as written (capitalised). */
  private static final Set<String> MEMBER_NOUNS = StringSet.of("Tory", "Conservative", "Liberal Democrat", "Lib Dem",
      "Republican", "Democrat");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> kept = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean member = !m.role() && m.type() == EntityType.ORGANIZATION && m.end() - m.start() <= 16
          && memberNoun(fields.get(m.field()).display(), m.start(), m.end());
      if (member && kept == null) {
        kept = new ArrayList<>(mentions.subList(0, i));
      } else if (!member && kept != null) {
        kept.add(m);
      }
    }
    return kept == null ? mentions : kept;
  }

  /** The text is a member noun not followed by a possessive ("the Lib Dem's call" names the party, loosely). */
  static boolean memberNoun(String d, int start, int end) {
    if (!MEMBER_NOUNS.contains(d.substring(start, end))) {
      return false;
    }
    return !(end + 1 < d.length() && (d.charAt(end) == '\'' || d.charAt(end) == '\u2019') && d.charAt(end + 1) == 's');
  }
}
