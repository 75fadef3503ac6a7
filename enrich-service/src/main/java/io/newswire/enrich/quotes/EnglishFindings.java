package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Published figures that show, indicate or suggest a finding ('Central bank statistics show reserves rose …',
 * 'The survey indicated that …'): the verb reports the clause after it as a body's own words do, and round 38's
 * annotation convention gives that clause to the body named with the figures. The verbs are no speech cues
 * elsewhere ('shows the way', 'indicated his support'), so they count only right after a noun of figures, and
 * not in a headline, where a finding is the desk's summary. Not a poll: what it 'indicates' is a view no one
 * speaks for (the annotated polls have no speaker), and naming the pollster moved the next 'he' to it.
 */
final class EnglishFindings {
  private static final Set<String> VERBS = StringSet.of("show", "shows", "showed", "indicate", "indicates",
      "indicated", "suggest");
  private static final Set<String> FIGURES = StringSet.of("statistics", "figures", "data", "survey", "surveys",
      "study", "research", "estimates", "census");

  private EnglishFindings() {}

  /** Whether token i is a finding verb right after a noun of figures ('… statistics show'). */
  static boolean at(FieldView f, int i) {
    List<Token> toks = f.tokens;
    return i > 0 && VERBS.contains(toks.get(i).form()) && FIGURES.contains(toks.get(i - 1).form())
        && f.blankBetween(toks.get(i - 1).end(), toks.get(i).start()) && !"headline".equals(f.name());
  }

  /** The finding verbs, which open a clause without 'that' as 'said' does ('figures show sales rose'). */
  static boolean verb(String form) {
    return VERBS.contains(form);
  }
}
