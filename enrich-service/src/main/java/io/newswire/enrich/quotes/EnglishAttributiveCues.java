package io.newswire.enrich.quotes;

import java.util.List;

/**
 * Round 45: an English cue word right after an article is no verb of saying but a participle or noun in a noun
 * phrase ('a reiterated recommendation by X that focused on …', 'an announced plan', 'the reports that …'): the
 * article takes a noun, never a finite verb, so nothing is reported there. Asked of one-word matches only.
 */
final class EnglishAttributiveCues {
  private EnglishAttributiveCues() {}

  /** Whether token i follows an article, one blank between them (not 'the-said', not across a mark). */
  static boolean afterArticle(List<Token> toks, int i) {
    if (i == 0 || !IndirectSpeechFinder.EN_ARTICLES.contains(toks.get(i - 1).form())) {
      return false;
    }
    return toks.get(i).start() - toks.get(i - 1).end() == 1;
  }
}
