package io.newswire.enrich.entities.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Mentions one pass replaces or drops in place, by index. The list is copied on the first edit only, so a pass that
 * changes nothing (most dispatches) returns the list it was given; the passes that retype or relink single mentions
 * share this instead of each keeping its own lazily copied list.
 */
public final class MentionEdits {
  private final List<Mention> found;
  private List<Mention> edited;
  private boolean dropped;

  public MentionEdits(List<Mention> found) {
    this.found = found;
  }

  public void set(int index, Mention m) {
    copy().set(index, m);
  }

  public void drop(int index) {
    copy().set(index, null);
    dropped = true;
  }

  /**
   * The mentions as edited so far, for a pass whose later decisions read its earlier edits: the list given until the
   * first edit, then the copy, a dropped mention null in it. Read it, never change it.
   */
  public List<Mention> current() {
    return edited == null ? found : edited;
  }

  /**
   * Whether any mention was set or dropped: a pass of two steps (edit, then walk the edited list to make the rest of
   * the article follow) stops after the first when it says no.
   */
  public boolean anyEdited() {
    return edited != null;
  }

  /** The mentions given when nothing was edited (the same list), else a new list with the edits, dropped ones out. */
  public List<Mention> result() {
    if (edited == null) {
      return found;
    }
    if (dropped) {
      edited.removeIf(Objects::isNull);
    }
    return edited;
  }

  private List<Mention> copy() {
    if (edited == null) {
      edited = new ArrayList<>(found);
    }
    return edited;
  }
}
