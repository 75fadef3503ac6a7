package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import java.util.List;

/**
 * English (round 42b): British political copy writes the Chancellor's yearly fiscal statement with a capital ("ahead of the
 * Budget", "his last Budget before the election", "a Budget giveaway"). It is an event, not a body, and the English files
 * annotate it nowhere, yet the rules typed the bare word an organisation. A mention whose whole text is "Budget" (or its
 * plural) goes; a body named with it ("the Congressional Budget Office", "the House Budget Committee") is a longer
 * mention and stays.
 */
final class FiscalEvents {
  private FiscalEvents() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    return Mention.without(mentions, m -> !m.role() && budget(fields.get(m.field()).display(), m.start(), m.end()));
  }

  /** The text [start, end) is "Budget" or "Budgets", capitalised (a headline's "BUDGET" too). */
  static boolean budget(String d, int start, int end) {
    int n = end - start;
    return (n == 6 || n == 7 && (d.charAt(end - 1) == 's' || d.charAt(end - 1) == 'S'))
        && d.regionMatches(true, start, "budget", 0, 6) && Character.isUpperCase(d.charAt(start));
  }
}
