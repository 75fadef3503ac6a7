package io.newswire.enrich.entities.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A knowledge-base alias found in one field.
 *
 * @param start   display char index of the name, after any clitic
 * @param end     display char index, exclusive
 * @param mStart  matching-form index of the name (for context checks)
 * @param targets entities the alias may name, with how strongly
 */
public record NameMatch(int start, int end, int mStart, int mEnd, List<AliasTarget> targets) {
  /**
   * {@code matches} without those {@code drop} holds for, tested once each in order; the same list when it holds for
   * none (as {@link io.newswire.enrich.entities.link.Mention#without} for mentions).
   */
  public static List<NameMatch> without(List<NameMatch> matches, Predicate<NameMatch> drop) {
    List<NameMatch> out = null;
    for (int i = 0; i < matches.size(); i++) {
      NameMatch m = matches.get(i);
      boolean dropped = drop.test(m);
      if (dropped && out == null) {
        out = new ArrayList<>(matches.subList(0, i));
      } else if (!dropped && out != null) {
        out.add(m);
      }
    }
    return out == null ? matches : out;
  }

  public int length() {
    return mEnd - mStart;
  }

  /** Whether the alias names places only (a town, a region), so a body's name may close on it. */
  public boolean namesOnlyPlaces() {
    return namesOnly(io.newswire.schema.EntityType.PLACE);
  }

  /** Whether the alias names at least one entity and all of them of this type. */
  public boolean namesOnly(io.newswire.schema.EntityType type) {
    for (AliasTarget t : targets) {
      if (t.entity().type() != type) {
        return false;
      }
    }
    return !targets.isEmpty();
  }

  /** Whether every entity the alias may name lies within a country (a town, a region; no country itself). */
  public boolean allWithinACountry() {
    for (AliasTarget t : targets) {
      if (t.entity().attr("within") == null) {
        return false;
      }
    }
    return true;
  }
}
