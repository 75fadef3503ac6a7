package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import io.newswire.text.StringSet;
import java.util.Set;

/**
 * Round 52: a Persian colon statement runs on to its paragraph's end ('X گفت: … رهبر متذکر شدند که …'), and a
 * verb of saying inside it with که reports a clause nested in the statement, which the annotations give its own
 * speaker since round 7 (… مسئولین کشورمان بارها اعلام کرده‌اند که …). Only که clauses nest: a colon or a bare
 * clause inside a statement is more often the statement's own words.
 */
final class PersianNestedClauses {
  private PersianNestedClauses() {}

  /** The clause is a colon statement: its words open after a colon behind the cue. */
  static boolean outerStatement(FieldView f, CueLexicon.Hit cue, Candidate c) {
    int cueEnd = f.tokens.get(cue.last()).end();
    return c.kind() == QuoteKind.INDIRECT && c.start() > cueEnd && f.visibleBetween(cueEnd, c.start()).contains(":");
  }

  /**
   * Modals before the short infinitive گفت: the speaker's own 'one must say that', 'one cannot say that'
   * (باید گفت که …, نمی‌توان گفت که …), no one else's words.
   */
  private static final Set<String> MODALS = StringSet.of("باید", "نباید", "می\u200cتوان", "میتوان", "نمی\u200cتوان",
      "نمیتوان", "بتوان", "نتوان");

  /** A clause found inside such a statement nests there when it opens right after که and no modal has its verb. */
  static boolean nested(FieldView f, CueLexicon.Hit cue, Candidate c) {
    int first = f.tokenAtOrAfter(c.start());
    return first > 0 && first < f.tokens.size() && f.tokens.get(first).start() == c.start()
        && f.lexicon.match(f.tokens, first - 1, CueKind.COMP) != null
        && (cue.first() == 0 || !MODALS.contains(f.tokens.get(cue.first() - 1).form()));
  }
}
