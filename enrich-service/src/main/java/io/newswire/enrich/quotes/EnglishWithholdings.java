package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * '… said it would close the plant, but did not specify a date', '… but declined to say if …', '… but he gave
 * no more details': after 'but', the speaker declining to say more. That is the narrator's account of what the
 * speaker kept back, not part of what was said, so the reported clause ends before 'but' (round 50). Only
 * verbs of withholding words count: '… but did not believe …' or '… but would not rest until …' may still be
 * what was said.
 */
final class EnglishWithholdings {
  private EnglishWithholdings() {}

  /** Pronouns that may stand for the speaker between 'but' and the verb ('but he declined to …'). */
  private static final Set<String> PRONOUNS = StringSet.of("he", "she", "it", "they");
  /** Verbs of refusing, when followed by {@link #AFTER_REFUSAL}: 'declined to', 'declined comment', 'refused to'. */
  private static final Set<String> REFUSALS = StringSet.of("declined", "refused");
  private static final Set<String> AFTER_REFUSAL = StringSet.of("to", "comment", "further");
  /** Verbs of giving that withhold with 'no': 'gave no details', 'provided no figures'. */
  private static final Set<String> GIVING = StringSet.of("gave", "provided", "offered");
  /** Auxiliaries before 'not' (or with it contracted: didn't, wouldn't). */
  private static final Set<String> AUXILIARIES = StringSet.of("did", "would", "could", "does", "do");
  /** What was not said: 'did not specify', 'would not disclose'. */
  private static final Set<String> SAYING = StringSet.of("say", "specify", "disclose", "give", "elaborate", "comment",
      "name", "identify", "provide", "reveal", "detail", "discuss", "estimate", "indicate", "explain", "quantify");

  /** Token {@code but} is 'but' and what follows it, before {@code end}, is the speaker declining to say more. */
  static boolean at(FieldView f, int but, int end) {
    List<Token> toks = f.tokens;
    int k = but + 1;
    if (k < toks.size() && PRONOUNS.contains(toks.get(k).form())) {
      k++;
    }
    if (k + 1 >= toks.size() || toks.get(k + 1).start() >= end) {
      return false;
    }
    String verb = toks.get(k).form();
    String next = toks.get(k + 1).form();
    if (REFUSALS.contains(verb)) {
      return AFTER_REFUSAL.contains(next);
    }
    if (GIVING.contains(verb)) {
      return next.equals("no");
    }
    int apostrophe = verb.indexOf('\'');
    if (apostrophe > 0 && verb.endsWith("n't") && AUXILIARIES.contains(verb.substring(0, apostrophe - 1))) {
      return SAYING.contains(next); // didn't say
    }
    return AUXILIARIES.contains(verb) && next.equals("not") && k + 2 < toks.size() && toks.get(k + 2).start() < end
        && SAYING.contains(toks.get(k + 2).form());
  }
}
