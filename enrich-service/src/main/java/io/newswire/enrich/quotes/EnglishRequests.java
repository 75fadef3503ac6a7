package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Requests are reported speech (the lead's round-53 ruling, as PolNeAR annotates them): 'urged the government
 * to raise …', 'called on X to …', 'called for an inquiry into …' report what the speaker asked for, so the
 * request's content, every word after the verb with the addressee (PolNeAR's content), is an INDIRECT clause.
 * A trailing '…, he urged.', a passive ('were urged to …', 'was called for') and a verb with no object after it
 * ('called for at the weekend') keep the plain trailing reading: there the words after the verb are no request.
 */
final class EnglishRequests {
  private static final Set<String> URGING = StringSet.of("urge", "urges", "urged", "urging");
  private static final Set<String> CALLING = StringSet.of("call", "calls", "called", "calling");
  private static final Set<String> CALLING_PARTICLES = StringSet.of("for", "on");
  /** Words right after the verb that open an adjunct or an infinitive, not the thing asked for. */
  private static final Set<String> NO_OBJECT = StringSet.of("to", "at", "in", "on", "by", "during", "after", "before",
      "since", "from", "with", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Auxiliaries right after 'urges': the word was a plural noun ('artistic urges have …'). */
  private static final Set<String> AUXILIARIES = StringSet.of("have", "has", "had", "will", "would", "can", "could", "may", "might");

  private EnglishRequests() {}

  /** Whether the cue is a verb of asking: 'urged', or 'called' with 'for' or 'on'. */
  static boolean cue(FieldView f, CueLexicon.Hit cue) {
    String first = f.tokens.get(cue.first()).form();
    if (cue.first() == cue.last()) {
      return URGING.contains(first);
    }
    return cue.last() == cue.first() + 1 && CALLING.contains(first) && CALLING_PARTICLES.contains(f.tokens.get(cue.last()).form());
  }

  /**
   * The token opening the request's content ('urged [voters to …]', 'urged that [the regulator should …]'), or -1
   * when the words after the verb are no request: a passive, a comma or full stop, an adjunct.
   */
  static int contentStart(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int next = cue.last() + 1;
    if (next >= toks.size() || !f.blankBetween(toks.get(cue.last()).end(), toks.get(next).start())) {
      return -1;
    }
    String verb = toks.get(cue.first()).form();
    if (cue.first() > 0 && EnglishSubjectFinder.BE.contains(toks.get(cue.first() - 1).form()) && !verb.endsWith("ing")) {
      return -1; // 'voters were urged to …': the subject is the one asked ('were urging X to …' is the subject's request)
    }
    if (verb.endsWith("ing") && f.tokenAtOrAfter(f.sentenceStart(toks.get(cue.first()).start())) == cue.first()) {
      return -1; // 'Calling for a switch to …, the minister said …': the participle's request ends at a comma its clause does not see
    }
    String word = toks.get(next).form();
    if (word.equals("that") && next + 1 < toks.size()) {
      return next + 1; // 'urged that the regulator should act'
    }
    // 'artistic urges have disappeared': a noun before its verb, no request
    boolean verbNext = EnglishSubjectFinder.BE.contains(word) || AUXILIARIES.contains(word);
    return NO_OBJECT.contains(word) || verbNext || f.insideQuote(toks.get(next)) ? -1 : next;
  }
}
