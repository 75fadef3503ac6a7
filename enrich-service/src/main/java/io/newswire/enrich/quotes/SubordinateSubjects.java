package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * A body named right after a word opening a subordinate clause ('…, where the United Nations has urged …',
 * '… after the IMF had called for …') is that clause's subject, so the perfect's auxiliary between it and
 * its cue is stepped over as after a person's name. Elsewhere a body before 'has' may sit inside a longer
 * subject ('A survey by the Shoppers' Forum has revealed'), which keeps the auxiliary.
 */
final class SubordinateSubjects {
  private static final Set<String> OPENERS = StringSet.of("where", "when", "after", "since", "because", "although",
      "though", "while", "whereas", "until", "unless", "before");

  private SubordinateSubjects() {}

  /** Whether mention m, with 'the' or nothing before it, follows a word that opens a subordinate clause. */
  static boolean opensSubject(FieldView f, MentionRef m) {
    List<Token> toks = f.tokens;
    int k = f.tokenAtOrAfter(m.start()) - 1;
    if (k >= 0 && toks.get(k).form().equals("the") && f.blankBetween(toks.get(k).end(), toks.get(k + 1).start())) {
      k--;
    }
    return k >= 0 && OPENERS.contains(toks.get(k).form()) && f.blankBetween(toks.get(k).end(), toks.get(k + 1).start());
  }
}
