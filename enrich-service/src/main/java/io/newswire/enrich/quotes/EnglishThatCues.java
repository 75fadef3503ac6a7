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
 *
 * <p>Round 55b: 'disclosed/discloses' reports a clause only with its 'that', right after it or after a short
 * adjunct ('disclosed in a Securities and Exchange Commission filing that …', 'disclosed last year that …'; r54's
 * annotation gives the filer the clause); otherwise it takes an object ('disclosed the further delay', 'terms were
 * not disclosed'). After a form of 'be' or a negation it is a passive with no one named ('it was disclosed last
 * November that') or nothing said ('did not disclose').
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
  private static final Set<String> DISCLOSED = StringSet.of("disclosed", "discloses");
  /** Words before 'disclosed' that make it a passive, a participle or a negated statement. */
  private static final Set<String> NOT_BEFORE_DISCLOSED = StringSet.of("be", "been", "being", "is", "are", "was",
      "were", "not", "never", "and", "or", "the", "a", "an", "to", "it");
  /** Most words of the adjunct between 'disclosed' and its 'that' ('in a Securities and Exchange Commission filing'). */
  private static final int MAX_ADJUNCT = 7;

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

  /**
   * Whether 'that' follows 'disclosed' at i after at most {@link #MAX_ADJUNCT} words joined by single blanks, a
   * word after it ('disclosed in an SEC filing that a grand jury …'); a comma or a stop on the way ends the reach.
   */
  private static boolean thatAfterAdjunct(List<Token> toks, int i) {
    if (!(toks instanceof FieldTokens f)) {
      return false;
    }
    for (int j = i + 1; j < toks.size() && j - i <= MAX_ADJUNCT + 1; j++) {
      if (!blank(f.text(), toks.get(j - 1).end(), toks.get(j).start())) {
        return false;
      }
      if (toks.get(j).form().equals("that")) {
        return j + 1 < toks.size() && blank(f.text(), toks.get(j).end(), toks.get(j + 1).start());
      }
    }
    return false;
  }

  /** Whether text[from, to) is one blank (a space or the line break of wire copy). */
  private static boolean blank(String text, int from, int to) {
    return to - from == 1 && Character.isWhitespace(text.charAt(from));
  }

  /** Whether token i is one of these verbs that reports no clause here (no 'that' after it, or no subject before). */
  static boolean notVerbOfSaying(List<Token> toks, int i) {
    String w = toks.get(i).form();
    if (DISCLOSED.contains(w)) {
      return i == 0 || NOT_BEFORE_DISCLOSED.contains(toks.get(i - 1).form()) || !thatAfterAdjunct(toks, i);
    }
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
