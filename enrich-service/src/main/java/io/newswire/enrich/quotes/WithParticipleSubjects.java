package io.newswire.enrich.quotes;

import java.util.List;
import java.util.Set;

/**
 * An English participle of saying with a subject of its own after 'with' or 'despite' ('with analysts saying
 * prices will fall', 'with the coach claiming it had been …', 'despite his allies saying they had …'): the
 * noun phrase between is who speaks, not the sentence's subject, and the participle reports a clause as a
 * finite verb would (round 35). Pure functions over the field's tokens.
 */
final class WithParticipleSubjects {
  private WithParticipleSubjects() {}

  /** Prepositions that give a participle a subject of its own. */
  private static final Set<String> OPENERS = Set.of("with", "despite");
  /** Participles that report a clause after such a subject ('accusing X of', 'calling it' name, not report). */
  static final Set<String> CLAUSE_PARTICIPLES = Set.of("saying", "claiming", "arguing", "insisting", "warning",
      "suggesting", "predicting", "complaining", "adding", "noting", "stating", "admitting", "conceding");
  /** Most words of the participle's subject ('with nearly a fifth of those asked saying'). */
  private static final int MAX_SUBJECT_WORDS = 6;
  /**
   * Words that cannot sit inside that subject: the noun phrase has ended and the participle belongs to
   * something else ('with X by claiming', 'with a gun to rob it and saying', 'with X has claiming').
   */
  private static final Set<String> NOT_IN_SUBJECT = Set.of("by", "to", "and", "or", "but", "than", "as", "who",
      "which", "that", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
      "not", "it", "its");

  /**
   * The token opening the participle's own subject, or -1: the cue is one '-ing' word, and within a few
   * words before it, with nothing but spaces between them, stands 'with' or 'despite' followed by a noun
   * phrase (no verb form in '-ed', no connective or auxiliary, nothing in quotation marks).
   */
  static int subjectStart(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int c = cue.first();
    if (c != cue.last() || c < 2 || !toks.get(c).form().endsWith("ing")) {
      return -1;
    }
    for (int k = c - 1; k >= 0 && c - k <= MAX_SUBJECT_WORDS + 1; k--) {
      Token t = toks.get(k);
      if (!f.blankBetween(t.end(), toks.get(k + 1).start()) || f.insideQuote(t)) {
        return -1;
      }
      if (OPENERS.contains(t.form())) {
        return k < c - 1 ? k + 1 : -1;
      }
      if (NOT_IN_SUBJECT.contains(t.form()) || !t.capitalized() && t.form().endsWith("ed")
          || f.lexicon.match(toks, k, CueKind.VERB) != null) {
        return -1;
      }
    }
    return -1;
  }
}
