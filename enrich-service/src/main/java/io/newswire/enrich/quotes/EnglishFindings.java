package io.newswire.enrich.quotes;

import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Published figures that show, indicate or suggest a finding ('Central bank statistics show reserves rose …',
 * 'The survey indicated that …'): the verb reports the clause after it as a body's own words do, and round 38's
 * annotation convention gives that clause to the body named with the figures. The verbs are no speech cues
 * elsewhere ('shows the way', 'indicated his support'), so they count only right after a noun of figures, and
 * not in a headline, where a finding is the desk's summary. Not a poll: what it 'indicates' is a view no one
 * speaks for (the annotated polls have no speaker), and naming the pollster moved the next 'he' to it.
 */
final class EnglishFindings {
  private static final Set<String> VERBS = StringSet.of("show", "shows", "showed", "indicate", "indicates",
      "indicated", "suggest");
  private static final Set<String> FIGURES = StringSet.of("statistics", "figures", "data", "survey", "surveys",
      "study", "research", "estimates", "census", "report");
  private static final Set<String> FOUND = StringSet.of("found", "finds");
  /** Adverbs that may stand between a body and its 'found that' ('The SEC also found that …'). */
  private static final Set<String> FOUND_ADVERBS = StringSet.of("also", "further", "previously", "recently");
  /** Words that may open the figures an 'according to' phrase cites ('according to new official figures'). */
  private static final Set<String> CITED_OPENERS = StringSet.of("a", "an", "the", "new", "latest", "official",
      "provisional", "preliminary", "recent", "annual", "monthly", "quarterly", "weekly");
  /** Most words between the noun of figures and the 'by'/'from' naming who issued them ('released on Tuesday by'). */
  private static final int MAX_ISSUED_WORDS = 4;

  private EnglishFindings() {}

  /** Whether token i is a finding verb right after a noun of figures ('… statistics show', 'the report also showed'). */
  static boolean at(FieldView f, int i) {
    List<Token> toks = f.tokens;
    if (i == 0 || !VERBS.contains(toks.get(i).form()) || "headline".equals(f.name())
        || !f.blankBetween(toks.get(i - 1).end(), toks.get(i).start())) {
      return false;
    }
    int b = i - 1;
    if (b > 0 && FOUND_ADVERBS.contains(toks.get(b).form()) && f.blankBetween(toks.get(b - 1).end(), toks.get(b).start())) {
      b--;
    }
    return FIGURES.contains(toks.get(b).form());
  }

  /**
   * Whether token i is 'found'/'finds' + 'that' right after a noun of figures, an organisation or 'it' ('The survey
   * found that …', 'Forrester found that …', 'It found that …'), maybe with an adverb between ('also'): the finding
   * is the body's as a figures verb's is (round 39b; round 41 the adverb and 'it').
   */
  static boolean foundThat(FieldView f, int i) {
    List<Token> toks = f.tokens;
    if (i == 0 || i + 1 >= toks.size() || !FOUND.contains(toks.get(i).form()) || !"that".equals(toks.get(i + 1).form())
        || "headline".equals(f.name())) {
      return false;
    }
    int b = i - 1;
    if (b > 0 && FOUND_ADVERBS.contains(toks.get(b).form()) && f.blankBetween(toks.get(b).end(), toks.get(i).start())) {
      b--; // 'The SEC also found that …': the adverb sits between the body and its verb
    }
    int phrase = beforeParticiplePhrase(f, b);
    if (phrase == b && !f.blankBetween(toks.get(b).end(), toks.get(b + 1).start())) {
      return false;
    }
    Token before = toks.get(phrase);
    if (FIGURES.contains(before.form()) || before.form().equals("it")) {
      return true; // 'It found that …': 'it' is a body or a study, a person's discovery is 'he/she found'
    }
    for (MentionRef m : f.mentions) {
      if (m.end() == before.end() && m.entity().getType() == EntityType.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /** Most words of a participle phrase set off by commas between a body and its verb. */
  private static final int MAX_PARTICIPLE_PHRASE = 16;

  /**
   * 'The report, based on questions asked of 250 managers, also found that …', 'The study, conducted by X, found
   * that …': when token b ends a phrase set off by commas that opens with a past participle, the token before
   * that phrase, which names the body; else b itself (round 50).
   */
  private static int beforeParticiplePhrase(FieldView f, int b) {
    List<Token> toks = f.tokens;
    if (b + 1 >= toks.size() || !f.hasCharBetween(toks.get(b).end(), toks.get(b + 1).start(), ",")) {
      return b;
    }
    int sentenceStart = f.sentenceStart(toks.get(b).start());
    for (int k = b; k > 0 && b - k < MAX_PARTICIPLE_PHRASE && toks.get(k - 1).start() >= sentenceStart; k--) {
      if (f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), ";:")) {
        return b;
      }
      if (f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), ",")) {
        return toks.get(k).form().endsWith("ed") && f.blankOrOneComma(toks.get(k - 1).end(), toks.get(k).start()) ? k - 1 : b;
      }
    }
    return b;
  }

  /**
   * Whether the cue is a finding's (figures that show, a survey that found): the body it names reports a
   * result, it does not take the floor, so a later 'he said' or 'the company said' still means the one who
   * spoke before (round 39b: 'Netcraft found that …' then moved Lycos's 'it said' lines to Netcraft).
   */
  static boolean cue(FieldView f, CueLexicon.Hit cue) {
    return cue != null && cue.first() == cue.last() && (at(f, cue.first()) || foundThat(f, cue.first()));
  }

  /**
   * Where the issuer of cited figures starts after 'according to' ('according to figures from the Ministry of
   * X', 'according to a survey by Y', 'according to new figures released on Tuesday by Z', 'a report earlier
   * this week from W'): the token after 'by'/'from' and a 'the' before a name, or -1 when the words at i are
   * no such phrase. The figures are the issuer's as in round 38b's figures that show (r11's, r39's and r40's
   * annotations give such clauses to the body), and 'according to' alone named nobody there. Not a poll (see
   * above); only lower-case words or time words may come between the noun and 'by', so 'figures from Japan'
   * or a second noun phrase ('data on X from Y') ends the reading.
   */
  static int issuerAfterCited(FieldView f, int i) {
    List<Token> toks = f.tokens;
    int k = i;
    while (k < toks.size() && k - i < 3 && CITED_OPENERS.contains(toks.get(k).form())) {
      k++;
    }
    if (k >= toks.size() || !FIGURES.contains(toks.get(k).form())) {
      return -1;
    }
    for (int j = k + 1; j < toks.size() && j - k <= MAX_ISSUED_WORDS + 1; j++) {
      Token t = toks.get(j);
      if (!f.blankBetween(toks.get(j - 1).end(), t.start())) {
        return -1; // a comma or a mark: the phrase ended before any 'by'
      }
      if (t.form().equals("by") || t.form().equals("from")) {
        int name = j + 1;
        if (name + 1 < toks.size() && toks.get(name).form().equals("the")) {
          name++;
        }
        return name < toks.size() && f.blankBetween(toks.get(name - 1).end(), toks.get(name).start()) ? name : -1;
      }
      if (t.capitalized() && !EnglishSubjectFinder.timeWord(t)) {
        return -1;
      }
    }
    return -1;
  }

  /** The finding verbs, which open a clause without 'that' as 'said' does ('figures show sales rose'). */
  static boolean verb(String form) {
    return VERBS.contains(form);
  }
}
