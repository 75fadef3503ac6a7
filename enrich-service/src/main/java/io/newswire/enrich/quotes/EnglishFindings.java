package io.newswire.enrich.quotes;

import io.newswire.schema.EntityType;
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
  private static final Set<String> FOUND = StringSet.of("found", "finds");

  private EnglishFindings() {}

  /** Whether token i is a finding verb right after a noun of figures ('… statistics show'). */
  static boolean at(FieldView f, int i) {
    List<Token> toks = f.tokens;
    return i > 0 && VERBS.contains(toks.get(i).form()) && FIGURES.contains(toks.get(i - 1).form())
        && f.blankBetween(toks.get(i - 1).end(), toks.get(i).start()) && !"headline".equals(f.name());
  }

  /**
   * Whether token i is 'found'/'finds' + 'that' right after a noun of figures or an organisation ('The survey
   * found that …', 'Forrester found that …'): the finding is the body's as a figures verb's is (round 39b).
   */
  static boolean foundThat(FieldView f, int i) {
    List<Token> toks = f.tokens;
    if (i == 0 || i + 1 >= toks.size() || !FOUND.contains(toks.get(i).form()) || !"that".equals(toks.get(i + 1).form())
        || "headline".equals(f.name())) {
      return false;
    }
    Token before = toks.get(i - 1);
    if (!f.blankBetween(before.end(), toks.get(i).start())) {
      return false;
    }
    if (FIGURES.contains(before.form())) {
      return true;
    }
    for (MentionRef m : f.mentions) {
      if (m.end() == before.end() && m.entity().getType() == EntityType.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue is a finding's (figures that show, a survey that found): the body it names reports a
   * result, it does not take the floor, so a later 'he said' or 'the company said' still means the one who
   * spoke before (round 39b: 'Netcraft found that …' then moved Lycos's 'it said' lines to Netcraft).
   */
  static boolean cue(FieldView f, CueLexicon.Hit cue) {
    return cue != null && cue.first() == cue.last() && (at(f, cue.first()) || foundThat(f, cue.first()));
  }

  /** The finding verbs, which open a clause without 'that' as 'said' does ('figures show sales rose'). */
  static boolean verb(String form) {
    return VERBS.contains(form);
  }
}
