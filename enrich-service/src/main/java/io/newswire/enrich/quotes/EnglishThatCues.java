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
 *
 * <p>Round 42b: 'accept(s/ed) that' reports a conceded view ('The firm now accepts that …', 'He accepted that …')
 * only as a finite verb with its subject: the base form only in the refusal frame 'refused/refuses/refuse to accept
 * that' (the lexicon's three-word entries); 'have to accept that', 'should accept that', 'widely accepted that' and
 * 'would have accepted that,' (the pronoun: punctuation right after it) report nothing.
 */
final class EnglishThatCues {
  private static final Set<String> THIRD_PERSON = StringSet.of("estimates", "contends", "reckons", "accepts");
  private static final Set<String> BASE = StringSet.of("estimate", "contend", "reckon");
  /** Words before 'estimates' that make it the noun: determiners, possessives and the adjectives news puts there. */
  private static final Set<String> NOUN_BEFORE = StringSet.of("the", "a", "an", "these", "those", "its", "their", "his",
      "her", "our", "my", "your", "some", "many", "most", "such", "all", "any", "new", "latest", "earlier", "previous",
      "official", "current", "initial", "early", "revised", "preliminary", "independent", "private", "government",
      "industry", "analysts'", "and", "or", "of", "by", "on", "in", "from", "with", "to", "for", "that", "which");

  /** Words before 'accepted' that make it a participle or an adverb-led passive rather than the finite verb. */
  private static final Set<String> NOT_BEFORE_ACCEPTED = StringSet.of("be", "been", "being", "is", "are", "was",
      "were", "has", "have", "had", "widely", "generally", "commonly", "universally", "broadly", "happily", "not",
      "never", "to", "and", "or", "the", "a", "an", "get", "got", "once", "if", "when", "it");
  /** The last word of the refusal frame 'refused to accept': a cue only with 'that' right after it. */
  private static final String ACCEPT = "accept";

  private EnglishThatCues() {}

  /**
   * Whether the several-word cue ending at {@code last} is the refusal frame ('refused to accept') with no
   * 'that' clause right after it ('refused to accept the offer').
   */
  static boolean refusalWithoutClause(List<Token> toks, int last) {
    return toks.get(last).form().equals(ACCEPT) && !thatClauseAfter(toks, last);
  }

  /**
   * Whether 'that' follows token i and a word follows the 'that' across one blank: 'accepted that, if …' or
   * 'accepted that," said …' use the pronoun or open an aside.
   */
  private static boolean thatClauseAfter(List<Token> toks, int i) {
    if (i + 2 >= toks.size() || !toks.get(i + 1).form().equals("that")) {
      return false;
    }
    return toks.get(i + 2).start() - toks.get(i + 1).end() == 1;
  }

  /** Whether token i is one of these verbs that reports no clause here (no 'that' after it, or no subject before). */
  static boolean notVerbOfSaying(List<Token> toks, int i) {
    String w = toks.get(i).form();
    if (w.equals("accepted")) {
      return i == 0 || NOT_BEFORE_ACCEPTED.contains(toks.get(i - 1).form()) || !thatClauseAfter(toks, i);
    }
    if (w.equals("accepts") && !thatClauseAfter(toks, i)) {
      return true;
    }
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
