package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * A verb of saying in the passive with the impersonal 'it' as its subject ('…, it has been announced.', 'It is
 * estimated that …', 'after it was confirmed he will play'): no one is named as having said anything, so the
 * words are no one's reported clause (round 24's 'it was announced that', not annotated; round 25's 'is thought
 * to be'). An agent after the verb ('it was confirmed by the club') names the speaker and keeps the clause, and a
 * verb of telling has a subject of its own ('X said it was told that …': 'it' is the one told).
 */
final class EnglishImpersonalPassives {
  /** The forms of 'be' right before the participle. */
  private static final Set<String> BE = StringSet.of("is", "was", "been");
  /** The perfect's auxiliaries before 'been'. */
  private static final Set<String> PERFECT = StringSet.of("has", "had", "have");

  private EnglishImpersonalPassives() {}

  /** Whether the cue is a participle after 'it is/was', 'it has/had been' with no 'by' after it. */
  static boolean impersonal(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int k = cue.first() - 1;
    if (k < 1 || !BE.contains(toks.get(k).form()) || IndirectSpeechFinder.EN_TELLING.contains(toks.get(cue.last()).form())) {
      return false;
    }
    if (toks.get(k).form().equals("been")) {
      k--;
      if (!PERFECT.contains(toks.get(k).form())) {
        return false;
      }
    }
    k--;
    if (k < 0 || !toks.get(k).form().equals("it") || f.insideQuote(toks.get(k))) {
      return false;
    }
    int after = cue.last() + 1;
    return after >= toks.size() || !toks.get(after).form().equals("by");
  }
}
