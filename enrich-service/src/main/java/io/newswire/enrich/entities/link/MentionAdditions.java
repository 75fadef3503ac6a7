package io.newswire.enrich.entities.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Mentions one pass adds to those found before it. A span is free when no mention found before the pass and none
 * the pass already added overlaps it. The passes that find a name again where the rules left it (a surname's bare
 * repeats, bracketed initials, an Arabic full name) share this instead of each keeping its own list.
 */
public final class MentionAdditions {
  private final List<Mention> found;
  private List<Mention> added;

  public MentionAdditions(List<Mention> found) {
    this.found = found;
  }

  /** No mention, found before or added, overlaps [{@code start}, {@code end}) of {@code field}. */
  public boolean free(int field, int start, int end) {
    return Mention.overlapping(found, field, start, end) == null
        && (added == null || Mention.overlapping(added, field, start, end) == null);
  }

  public void add(Mention m) {
    if (added == null) {
      added = new ArrayList<>();
    }
    added.add(m);
  }

  /** The mentions found before when nothing was added (the same list), else a new list: those, then the additions. */
  public List<Mention> result() {
    if (added == null) {
      return found;
    }
    List<Mention> all = new ArrayList<>(found.size() + added.size());
    all.addAll(found);
    all.addAll(added);
    return all;
  }
}
