package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 52b: a verb of saying inside a relative clause set off by commas or dashes reports only what the relative
 * holds ('Mr Lee, who said the plan was "far too late", called for …', 'The IAAF - which said it was surprised -
 * is deciding …', r52's bbc-politics-162 and bbc-sport-089): the reported clause ends before the comma or dash
 * that closes the relative, where the main clause's verb takes over. The relative's speaker is the name before
 * it, as the subject finder already gives.
 */
final class EnglishRelativeSpeech {
  private static final Set<String> RELATIVES = StringSet.of("who", "which");
  /** Words between the relative and its verb of saying ('who has said', 'which had also said'). */
  private static final Set<String> AUXILIARIES = StringSet.of("has", "have", "had", "also");
  /** Auxiliaries, modals and 'be' ('…, be removed'): after the closing comma they are the main clause's verb. */
  private static final Set<String> MAIN_VERBS = StringSet.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "be");
  /** Past tenses without -ed that open a main clause ('…, held talks'), none of them an appositive's participle. */
  private static final Set<String> IRREGULAR_PAST = StringSet.of("held", "made", "took", "gave", "met", "went",
      "came", "won", "lost", "sent", "spent", "became", "began", "brought", "bought", "sold");
  /** Main verbs of saying whose subject across the relative is found ('X, which said A, said B'). */
  private static final Set<String> PLAIN_SAYING = StringSet.of("said", "says", "told", "added");
  /** Adverbs between the closing comma and the main verb ('…, today held talks'). */
  private static final Set<String> ADVERBS = StringSet.of("today", "yesterday", "also", "now", "later", "then", "still");
  /**
   * Words that make a preceding -ed word a verb with its object ('…, welcomed the move'), not an appositive's
   * participle ('the firm, based in London, …').
   */
  private static final Set<String> OBJECT_OPENERS = StringSet.of("the", "a", "an", "his", "her", "its", "their", "this",
      "that", "these", "those");

  private EnglishRelativeSpeech() {}

  /**
   * The end of the clause starting at {@code from} that the cue reports: before the comma or dash closing the
   * relative the cue stands in, else {@code end} unchanged.
   */
  static int end(FieldView f, CueLexicon.Hit cue, int from, int end) {
    char opener = opener(f, cue);
    if (opener == 0 || end < f.sentenceEnd(from)) {
      // a sentence already cut before a trailing cue ('X, which said A, did B, he said.') is someone's report as a
      // whole: the outer clause is kept by leaving the inner one as it was
      return end;
    }
    List<Token> toks = f.tokens;
    for (int j = f.tokenAtOrAfter(from) + 1; j < toks.size() && toks.get(j).start() < end; j++) {
      Token t = toks.get(j);
      if (f.insideQuote(t)) {
        continue;
      }
      String gap = f.text.substring(toks.get(j - 1).end(), t.start());
      boolean closes = opener == '-' ? dash(gap) : gap.indexOf(',') >= 0 && mainVerbAt(f, j);
      if (closes) {
        return toks.get(j - 1).end(); // a quotation closing the relative ends before its mark (r34)
      }
    }
    return end;
  }

  /** ',' or '-' when the cue follows 'who'/'which' (perhaps with an auxiliary) set off by that sign; 0 otherwise. */
  private static char opener(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int k = cue.first() - 1;
    while (k > 0 && AUXILIARIES.contains(toks.get(k).form())) {
      k--;
    }
    if (k < 1 || !RELATIVES.contains(toks.get(k).form())) {
      return 0;
    }
    String gap = f.text.substring(toks.get(k - 1).end(), toks.get(k).start());
    return gap.strip().equals(",") ? ',' : dash(gap) ? '-' : 0;
  }

  /** A dash between words: a spaced hyphen, or an en or em dash. */
  private static boolean dash(String gap) {
    String s = gap.strip();
    return s.equals("-") && !gap.equals("-") || s.equals("–") || s.equals("—") || s.equals("--");
  }

  /** Whether token j, after a comma, opens the main clause's verb (perhaps after a time adverb). */
  private static boolean mainVerbAt(FieldView f, int j) {
    List<Token> toks = f.tokens;
    int v = j;
    while (v < toks.size() && v - j < 2 && ADVERBS.contains(toks.get(v).form())) {
      v++;
    }
    if (v >= toks.size() || toks.get(v).capitalized()) {
      return false;
    }
    String w = toks.get(v).form();
    int after = MAIN_VERBS.contains(w) ? v + 1 : v;
    if (after < toks.size() && f.lexicon.match(toks, after, CueKind.VERB) != null) {
      // a main verb of saying other than the plain ones ('…, called for …', '…, had accused X of …') is left
      // inside: its subject across the relative is not found, so its own words would go unnamed
      return PLAIN_SAYING.contains(toks.get(after).form());
    }
    return MAIN_VERBS.contains(w) || IRREGULAR_PAST.contains(w)
        || w.endsWith("ed") && v + 1 < toks.size() && OBJECT_OPENERS.contains(toks.get(v + 1).form());
  }
}
