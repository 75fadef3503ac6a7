package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 45: 'told a news briefing the decision was taken …', 'told an oil seminar the project … is aimed at …',
 * 'told a luncheon Reagan could decide …': the addressee of 'told' is an event (a briefing, conference, meeting),
 * a short noun phrase ending on the event's noun, and the clause follows it with no 'that'. The event noun marks
 * where the addressee ends; a determiner or a capitalised word right after it (one blank, or 'here') opens the
 * clause. A preposition or an infinitive after it ('told a news conference in …', 'told a press conference to
 * look out for …') is no clause.
 */
final class EnglishEventAddressees {
  private static final Set<String> EVENTS = StringSet.of("briefing", "conference", "meeting", "hearing", "gathering",
      "rally", "seminar", "symposium", "audience", "forum", "session", "convention", "luncheon", "dinner");
  /** Words that open the clause after the event: determiners and the subject pronouns. */
  private static final Set<String> OPENERS = StringSet.of("the", "a", "an", "this", "these", "his", "her", "its",
      "their", "our", "he", "she", "it", "they", "we", "i", "there");
  /** Capitalised words after the event that are no clause's subject: time words. */
  private static final Set<String> NOT_SUBJECT = StringSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday");
  /** Most words between the article and the event noun ('a weekend trade seminar'). */
  private static final int MAX_MODIFIERS = 3;

  private EnglishEventAddressees() {}

  /** The token opening the clause after 'told' + an event at token {@code next}, or -1. */
  static int clauseStart(FieldView f, int next) {
    List<Token> toks = f.tokens;
    if (next >= toks.size() || !IndirectSpeechFinder.EN_ARTICLES.contains(toks.get(next).form())) {
      return -1;
    }
    for (int k = next + 1; k < toks.size() && k - next <= MAX_MODIFIERS + 1; k++) {
      if (!f.blankBetween(toks.get(k - 1).end(), toks.get(k).start()) || f.insideQuote(toks.get(k))) {
        return -1;
      }
      if (EVENTS.contains(toks.get(k).form())) {
        int c = k + 1;
        if (c < toks.size() && toks.get(c).form().equals("here") && f.blankBetween(toks.get(k).end(), toks.get(c).start())) {
          c++;
        }
        if (c >= toks.size() || !f.blankBetween(toks.get(c - 1).end(), toks.get(c).start()) || f.insideQuote(toks.get(c))) {
          return -1;
        }
        Token t = toks.get(c);
        boolean opens = OPENERS.contains(t.form()) || t.capitalized() && !NOT_SUBJECT.contains(t.form());
        return opens && f.lexicon.matchAny(toks, c, CueKind.STOP, CueKind.VERB) == null ? c : -1;
      }
    }
    return -1;
  }
}
