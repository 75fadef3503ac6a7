package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * The bare English cues 'claim' and 'predict', nouns or infinitives as often as verbs of saying: they report
 * a clause only right after a plural subject ('lawyers claim the sale was illegal', 'they claim', 'analysts
 * predict the dollar will …'); not 'a claim by', 'to claim', 'claim to be', 'Tories claim a win', nor inside a
 * sentence another verb of saying attributes ('…, they claim, by X, and …'). The plural opinion verbs 'believe'
 * and 'hope' likewise (round 40b: 'Analysts believe the bank will …', 'organisers hope it can …'; the annotations
 * give such views a clause, r7 onwards): 'I believe', 'do not believe', 'hope to', 'we hope for' report none.
 */
final class EnglishPluralCues {
  private static final Set<String> BARE = StringSet.of("claim", "predict", "believe", "hope");
  private static final Set<String> PLURAL_PRONOUNS = StringSet.of("they", "we", "itself", "themselves");
  /** Words ending in -s that are no plural subject. */
  private static final Set<String> NOT_PLURAL = StringSet.of("is", "was", "has", "does", "its", "his", "this", "us",
      "as", "thus", "less", "yes", "always", "perhaps", "news", "whereas", "across", "unless", "various", "numerous");
  private static final Set<String> ARTICLES = StringSet.of("a", "an");

  private EnglishPluralCues() {}

  /**
   * Whether the cue is one of these forms that reports no clause of its own here: glued to the word before, or
   * inside a sentence another verb attributes ('…, they claim, by X, and …'). The subject test is the lexicon's
   * ({@link #notVerbOfSaying}): a bare form without its plural subject never reaches a finder as a cue.
   */
  static boolean withoutSubject(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    if (cue.first() != cue.last() || !BARE.contains(toks.get(cue.first()).form())) {
      return false;
    }
    return cue.first() > 0 && !f.blankBetween(toks.get(cue.first() - 1).end(), toks.get(cue.first()).start())
        || attributedLater(f, cue);
  }

  /**
   * Whether the bare word at i reads as a noun or another verb rather than reporting speech: no plural subject
   * right before it, or 'to'/'a'/'an' after it ('claim to be …', 'claim a win'). The lexicon asks this of every
   * match, so the noun ('the claim was denied by X, who said …') is no cue for any finder.
   */
  static boolean notVerbOfSaying(List<Token> toks, int i) {
    if (!BARE.contains(toks.get(i).form())) {
      return false;
    }
    int next = i + 1;
    if (i == 0 || next < toks.size() && (toks.get(next).form().equals("to") || ARTICLES.contains(toks.get(next).form()))) {
      return true;
    }
    return !pluralSubjectBefore(toks, i);
  }

  /** Whether the word before token i is a plural subject: 'they', 'we' or a noun in -s that is no other word. */
  static boolean pluralSubjectBefore(List<Token> toks, int i) {
    String b = toks.get(i - 1).form();
    return PLURAL_PRONOUNS.contains(b)
        || b.length() >= 3 && b.endsWith("s") && !b.endsWith("'s") && !b.endsWith("ss") && !NOT_PLURAL.contains(b);
  }

  /** Whether another verb of saying, outside quotation marks, follows in the cue's sentence. */
  private static boolean attributedLater(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int end = f.sentenceEnd(toks.get(cue.last()).end());
    for (int k = cue.last() + 1; k < toks.size() && toks.get(k).start() < end; k++) {
      if (!f.insideQuote(toks.get(k)) && f.lexicon.match(toks, k, CueKind.VERB) != null) {
        return true;
      }
    }
    return false;
  }
}
