package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * English verbs of estimating and arguing that report a clause only with their 'that' ('Dataquest estimates that
 * sales …', 'Prosecutors contend that …', 'Analysts reckon that …'; round 42, as the annotations' 'The companies
 * estimate that' (r36) and 'Hilton lawyers contend that' (r40)). Without the 'that' the word is mostly a noun or
 * takes an object ('the latest estimates show', 'estimates the cost at …', 'reckon on'), and 'estimates that'
 * after a determiner or an adjective is the noun with a relative clause ('official estimates that were …').
 * The base forms also need a plural subject right before them, as {@link EnglishPluralCues}' bare cues do.
 */
final class EnglishThatCues {
  private static final Set<String> THIRD_PERSON = StringSet.of("estimates", "contends", "reckons");
  private static final Set<String> BASE = StringSet.of("estimate", "contend", "reckon");
  /** Words before 'estimates' that make it the noun: determiners, possessives and the adjectives news puts there. */
  private static final Set<String> NOUN_BEFORE = StringSet.of("the", "a", "an", "these", "those", "its", "their", "his",
      "her", "our", "my", "your", "some", "many", "most", "such", "all", "any", "new", "latest", "earlier", "previous",
      "official", "current", "initial", "early", "revised", "preliminary", "independent", "private", "government",
      "industry", "analysts'", "and", "or", "of", "by", "on", "in", "from", "with", "to", "for", "that", "which");

  private EnglishThatCues() {}

  /** Whether token i is one of these verbs that reports no clause here (no 'that' after it, or no subject before). */
  static boolean notVerbOfSaying(List<Token> toks, int i) {
    String w = toks.get(i).form();
    boolean third = THIRD_PERSON.contains(w);
    if (!third && !BASE.contains(w)) {
      return false;
    }
    if (i == 0 || i + 1 >= toks.size() || !toks.get(i + 1).form().equals("that")) {
      return true;
    }
    return third ? NOUN_BEFORE.contains(toks.get(i - 1).form()) : !EnglishPluralCues.pluralSubjectBefore(toks, i);
  }
}
