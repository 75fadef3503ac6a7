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
    return overlapping(field, start, end) == null;
  }

  /**
   * The first mention that overlaps [{@code start}, {@code end}) of {@code field}, those found before read first, then
   * the additions in their order (as {@link Mention#overlapping} reads {@link #result}), or null: for a pass that
   * judges what it meets (a place already found there anchors a list of places).
   */
  public Mention overlapping(int field, int start, int end) {
    Mention m = Mention.overlapping(found, field, start, end);
    return m != null || added == null ? m : Mention.overlapping(added, field, start, end);
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
