package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.Set;

/**
 * Round 52: 'called on the government to appoint …', 'urged voters to …', 'called for an inquiry into …' ask
 * for something; they report no one's words, so the words after the verb are no clause (the files annotate such
 * a request nowhere: r20, r41, r51, r52). A trailing '…, he urged.' keeps the clause before it. A request holding
 * marked words is left to {@link PartialQuoteFinder}, which carries them: PolNeAR counts such a request whole.
 */
final class EnglishRequests {
  private static final Set<String> URGING = StringSet.of("urge", "urges", "urged", "urging");
  private static final Set<String> CALLING = StringSet.of("call", "calls", "called", "calling");
  private static final Set<String> CALLING_PARTICLES = StringSet.of("for", "on");

  private EnglishRequests() {}

  /** Whether the cue is a verb of asking: 'urged', or 'called' with 'for' or 'on'. */
  static boolean cue(FieldView f, CueLexicon.Hit cue) {
    String first = f.tokens.get(cue.first()).form();
    if (cue.first() == cue.last()) {
      return URGING.contains(first);
    }
    return cue.last() == cue.first() + 1 && CALLING.contains(first) && CALLING_PARTICLES.contains(f.tokens.get(cue.last()).form());
  }
}
