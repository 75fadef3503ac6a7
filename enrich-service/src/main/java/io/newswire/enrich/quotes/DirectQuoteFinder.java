package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the quotations of a field into DIRECT candidates and finds the cue of each: a cue before the
 * opening mark in the same sentence (وقال الرئيس: "…", Smith said: "…"), else one right after the closing
 * mark ("…," Smith said), else a continuation of the current speaker (a quotation opening a paragraph
 * right after another quotation, or following a quotation of the same sentence chain). A short quotation
 * with no cue and no speaker is a scare quote and is dropped.
 */
final class DirectQuoteFinder {
  /** Shorter unattributed quotations are scare quotes or titles. */
  static final int MIN_UNATTRIBUTED_TOKENS = 6;
  /** How far after the closing mark a trailing cue may sit. */
  private static final int MAX_TRAILING_CUE_DISTANCE = 24;

  private DirectQuoteFinder() {}

  /**
   * @param carriedSpeaker true when the previous paragraph ended in a quotation or a colon cue, so a
   *     quotation opening this paragraph continues that speaker
   */
  static List<Candidate> find(FieldView f, boolean carriedSpeaker, SpeakerRef colonSpeaker) {
    List<Candidate> out = new ArrayList<>();
    QuoteSpan prev = null;
    boolean prevAttributed = false;
    CueLexicon.Hit usedAfter = null; // the trailing cue of the previous quotation
    for (QuoteSpan s : f.spans) {
      int cs = Trim.start(f.text, s.contentStart(), s.contentEnd());
      int ce = Trim.end(f.text, cs, s.contentEnd());
      if (ce <= cs || f.noWordsBetween(cs, ce)) {
        prev = s;
        continue;
      }
      int words = f.tokenAtOrAfter(ce) - f.tokenAtOrAfter(cs);
      int regionStart = Math.max(f.sentenceStart(s.outerStart()), prev == null ? 0 : prev.outerEnd());
      CueLexicon.Hit before = lastCue(f, regionStart, s.outerStart());
      char lead = f.charBefore(s.outerStart());
      if (before != null && before.equals(usedAfter) && !f.hasCharBetween(f.tokens.get(before.last()).end(),
          f.tokens.get(before.last()).end() + 2, ":")) {
        // '"A," she said, but … "B," said Kunin': the cue already closed the previous quotation
        before = null;
      }
      boolean introduced = lead == 0 || ":،,؛;—-–(".indexOf(lead) >= 0 || ".!?؟".indexOf(lead) >= 0
          || QuotationMarkScanner.isMark(lead);
      boolean startsParagraph = f.noWordsBetween(0, s.outerStart());
      if (QuotedName.is(f, cs, ce, words, lead)) {
        // a name in marks (قال … لـ«الشرق الأوسط»: «…») is part of the narrative: it neither ends the region
        // where the next quotation's cue is looked for nor counts as a quotation before it
        out.add(new Candidate(QuoteKind.DIRECT, cs, ce, null, null, true));
        continue;
      }
      Candidate c = null;
      if (before != null && before.kind() == CueKind.SOURCE && words < 3 && lead != ':') {
        // 'بحسب تقرير "صحارى"', 'according to the "Daily Planet"': a quoted name, not words said
        c = new Candidate(QuoteKind.DIRECT, cs, ce, null, null, true);
      } else if (before != null && !midSentence(f, before, s, introduced)) {
        c = new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(before, s.outerStart(), s.outerEnd(), false),
            null, false);
      } else if (before != null) {
        c = new Candidate(QuoteKind.DIRECT, cs, ce, null, null, true);
      } else {
        CueLexicon.Hit after = trailingCue(f, s, lead == ':');
        if (after != null && (introduced || words >= MIN_UNATTRIBUTED_TOKENS)) {
          c = new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(after, s.outerStart(), s.outerEnd(), true),
              null, false);
        } else if (startsParagraph && colonSpeaker != null && prev == null) {
          c = new Candidate(QuoteKind.DIRECT, cs, ce, null, colonSpeaker, false);
        } else if (startsParagraph && carriedSpeaker && prev == null || prevAttributed && introduced) {
          c = new Candidate(QuoteKind.DIRECT, cs, ce, null, null, false);
        } else if (introduced && words >= MIN_UNATTRIBUTED_TOKENS && (lead == ':' || startsParagraph || !rtl(f))) {
          // Arabic and Persian mark titles, slogans and corrections with guillemets too («…» صحیح است):
          // there, words in marks with no cue are a quote only when a colon or the paragraph opens them
          // no cue: the sentence's subject when narrative introduces it ('Hoff proposes: "…"'), else the current speaker
          c = new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(null, s.outerStart(), s.outerEnd(), false),
              null, false);
        } else {
          c = new Candidate(QuoteKind.DIRECT, cs, ce, null, null, true);
        }
      }
      out.add(c);
      prevAttributed = !c.embedded();
      usedAfter = c.attribution() != null && c.attribution().cueAfter() ? c.attribution().cue() : null;
      prev = s;
    }
    return out;
  }

  /**
   * A quotation inside a reported clause ('said the plan was "dead"', 'أكد أن "…"'): no colon or comma
   * introduces it and words other than the subject separate it from the cue.
   */
  private static boolean midSentence(FieldView f, CueLexicon.Hit cue, QuoteSpan s, boolean introduced) {
    if (introduced) {
      return false;
    }
    int from = cue.last() + 1;
    int to = f.tokenAtOrAfter(s.outerStart());
    for (int j = from; j < to; j++) {
      if (f.lexicon.match(f.tokens, j, CueKind.COMP) != null) {
        return true;
      }
    }
    if (fragmentInClause(f, s)) {
      return true; // 'said "zero" voters would follow'
    }
    if ("en".equals(f.lang())) {
      // English introduces a quotation with a colon or comma; words between cue and mark are a clause
      // ('said it was "impossible"'), except an addressee ('told CNN "…"')
      return to - from > (OBJECT_CUES.contains(f.tokens.get(cue.last()).form()) ? 2 : 0);
    }
    return to - from > 2;
  }

  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("he", "she", "they", "it", "we", "i",
      "the", "there", "his", "her", "their", "this", "that");
  private static final java.util.Set<String> OBJECT_CUES = java.util.Set.of("told", "tells", "tell", "asked", "asks", "telling");

  /** A short quotation followed straight by more words of the same clause, not by punctuation. */
  static boolean fragmentInClause(FieldView f, QuoteSpan s) {
    if (!s.closed()) {
      return false;
    }
    int k = s.outerEnd();
    if (k >= f.text.length() || !Character.isWhitespace(f.text.charAt(k))) {
      return false;
    }
    while (k < f.text.length() && Character.isWhitespace(f.text.charAt(k))) {
      k++;
    }
    return k < f.text.length() && Character.isLowerCase(f.text.charAt(k));
  }

  /** The last cue in [from, to) outside quotations. */
  static CueLexicon.Hit lastCue(FieldView f, int from, int to) {
    CueLexicon.Hit found = null;
    for (int j = f.tokenAtOrAfter(from); j < f.tokens.size() && f.tokens.get(j).start() < to; j++) {
      if (f.insideQuote(f.tokens.get(j))) {
        continue;
      }
      CueLexicon.Hit h = f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT, CueKind.SOURCE);
      if (h != null && f.tokens.get(h.last()).end() <= to) {
        found = h;
        j = h.last();
      }
    }
    return found;
  }

  /**
   * A cue just after the closing mark, in the same sentence ("…," he said / "…," said Smith). A cue that
   * introduces the next quotation or a clause of its own (، مبينا: "…" / مضيفا أن) is not this one's.
   */
  private static CueLexicon.Hit trailingCue(FieldView f, QuoteSpan s, boolean colonIntroduced) {
    if (!s.closed()) {
      return null;
    }
    int from = s.outerEnd();
    int end = f.sentenceEnd(from);
    QuoteSpan next = nextSpan(f, s);
    if (next != null) {
      end = Math.min(end, next.outerStart());
    }
    int first = f.tokenAtOrAfter(from);
    // '…win." Ohio Gov. Kasich said he would…': after a quotation that ends its sentence, a cue further on
    // belongs to a new sentence unless that sentence is only the attribution ('"Why?" he asked.')
    boolean newSentence = endsWithTerminator(f, s) && first < f.tokens.size() && f.tokens.get(first).capitalized()
        && f.tokenAtOrAfter(f.sentenceEnd(from)) - first > 4;
    if (newSentence && colonIntroduced) {
      return null; // 'Perez lobbies for a wage rise: "…" He says…': the colon's sentence names the speaker
    }
    if (newSentence) {
      // still ours when the next sentence opens with a short attribution ('"Why?" Trump said of Apple')
      for (int j = first; j < f.tokens.size() && j - first < 5 && f.tokens.get(j).start() < end; j++) {
        CueLexicon.Hit h = f.lexicon.matchAny(f.tokens, j, CueKind.VERB);
        if (h != null) {
          int n = h.last() + 1;
          boolean clauseFollows = n < f.tokens.size() && (f.lexicon.match(f.tokens, n, CueKind.COMP) != null
              || CLAUSE_OPENERS.contains(f.tokens.get(n).form()));
          return clauseFollows || !attributesBack(f, h, end) ? null : h;
        }
      }
      return null;
    }
    for (int j = first; j < f.tokens.size() && j - first < MAX_TRAILING_CUE_DISTANCE
        && f.tokens.get(j).start() < end; j++) {
      CueLexicon.Hit h = f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT, CueKind.SOURCE);
      if (h == null) {
        continue;
      }
      int after = f.tokens.get(h.last()).end();
      int nextWord = h.last() + 1 < f.tokens.size() ? f.tokens.get(h.last() + 1).start() : f.text.length();
      boolean introducesNext = f.hasCharBetween(after, Math.min(end, nextWord), ":")
          || next != null && f.noWordsBetween(after, next.outerStart())
              && !f.hasCharBetween(after, next.outerStart(), ".!?؟");
      boolean ownClause = h.last() + 1 < f.tokens.size() && f.tokens.get(h.last() + 1).start() < end
          && f.lexicon.match(f.tokens, h.last() + 1, CueKind.COMP) != null;
      if (introducesNext || ownClause) {
        return null;
      }
      return h;
    }
    return null;
  }

  /** Verbs that attribute the quotation before them from a sentence of their own ('"Why?" Trump said of Apple'). */
  private static final java.util.Set<String> BACKWARD_CUES = java.util.Set.of("said", "says", "added", "adds",
      "asked", "asks", "told", "tells", "explained", "insisted", "admitted", "continued", "warned", "wrote",
      "writes", "joked", "recalled", "replied", "responded", "argued", "noted", "went on");

  /**
   * Whether a speech verb opening the next sentence attributes the quotation before it: a participle
   * ('Describing him as …, the mother said') or a verb with an object ('Nissan also announced a number of
   * appointments') starts narrative of its own; 'said', 'added' and the like, or a verb ending its clause, do.
   */
  private static boolean attributesBack(FieldView f, CueLexicon.Hit h, int sentenceEnd) {
    Token verb = f.tokens.get(h.last());
    if (f.tokens.get(h.first()).form().endsWith("ing")) {
      return false;
    }
    int n = h.last() + 1;
    boolean clauseEnds = n >= f.tokens.size() || f.tokens.get(n).start() >= sentenceEnd
        || !f.text.substring(verb.end(), f.tokens.get(n).start()).isBlank();
    return clauseEnds || BACKWARD_CUES.contains(f.text.substring(f.tokens.get(h.first()).start(), verb.end())
        .toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean rtl(FieldView f) {
    return "ar".equals(f.lang()) || "fa".equals(f.lang());
  }

  private static boolean endsWithTerminator(FieldView f, QuoteSpan s) {
    int k = s.contentEnd() - 1;
    while (k > s.contentStart() && (Character.isWhitespace(f.text.charAt(k)) || QuotationMarkScanner.isMark(f.text.charAt(k)))) {
      k--;
    }
    return k >= 0 && ".!?؟".indexOf(f.text.charAt(k)) >= 0;
  }

  private static QuoteSpan nextSpan(FieldView f, QuoteSpan s) {
    for (QuoteSpan o : f.spans) {
      if (o.outerStart() >= s.outerEnd()) {
        return o;
      }
    }
    return null;
  }
}
