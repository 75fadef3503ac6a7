package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Partial (mixed) quotations: a quoted fragment woven into narrative ('Bush described his leadership as a
 * "work in progress"', 'Sanders said his staff "did the wrong thing"'). The fragment alone is not a
 * quote, but the clause carrying it reports someone's words: an INDIRECT quote from after the governing
 * cue (or the whole sentence when there is none) to the end of the sentence. It needs a speaker: a cue, or
 * a named subject opening the sentence; a fragment with neither is a scare quote and stays narrative.
 * English only.
 */
final class PartialQuoteFinder {
  private PartialQuoteFinder() {}

  static List<Candidate> find(FieldView f, List<Candidate> embedded, SpeakerTracker tracker) {
    List<Candidate> out = new ArrayList<>();
    if (!"en".equals(f.lang())) {
      // Arabic and Persian copy puts names and terms in guillemets («داعش», «برجام»): no partial quotes there
      return out;
    }
    int coveredTo = -1;
    for (Candidate e : embedded) {
      if (e.start() < coveredTo) {
        continue; // one clause per sentence, however many fragments it holds
      }
      int sentenceStart = f.sentenceStart(e.start());
      int sentenceEnd = f.sentenceEnd(e.start());
      CueLexicon.Hit cue = DirectQuoteFinder.lastCue(f, sentenceStart, e.start());
      int from;
      Attribution attribution;
      CueLexicon.Hit trailing = cue == null ? trailingCue(f, e, sentenceEnd) : null;
      if (trailing != null) {
        // 'Yet Trump is also a "change agent," Cole said.': the cue closing the sentence after a comma
        // attributes the whole clause before it, not the sentence's grammatical subject
        int quoteEnd = f.spanAt(e.start()).outerEnd();
        int commaAt = quoteEnd;
        while (commaAt > e.start() && ",\"\u201d\u2019' ".indexOf(f.text.charAt(commaAt - 1)) >= 0) {
          commaAt--;
        }
        int cs = Trim.start(f.text, sentenceStart, commaAt);
        int ce = Trim.end(f.text, cs, commaAt);
        if (ce > cs) {
          out.add(new Candidate(QuoteKind.INDIRECT, cs, ce, new Attribution(trailing, cs, quoteEnd, true), null, false));
        }
        coveredTo = sentenceEnd;
        continue;
      }
      int k = cue == null ? -1 : describingVerb(f, cue);
      QuoteSpan described = k >= 0 ? describedEnd(f, embedded, f.spanAt(e.start()), sentenceEnd) : null;
      boolean passive = k > 0 && f.tokens.get(k).form().equals("described")
          && EnglishSubjectFinder.BE.contains(f.tokens.get(k - 1).form());
      // a passive's further marked words ('… as a "…" which showed "…"') are carried by its clause, as before
      // 'Describing X as "…", one diplomat said': a participle opening the sentence leaves the clause as before
      if (passive && described != null && described.outerStart() != f.spanAt(e.start()).outerStart()
          || k >= 0 && f.noWordsBetween(sentenceStart, f.tokens.get(k).start())) {
        described = null;
      }
      if (described != null && !fragmentAfter(f, embedded, described.outerEnd(), sentenceEnd)) {
        // round 56 ruling: 'described X as "…"' reports the describer's words, PolNeAR's content 'X as "…"', the
        // clause ending before the closing mark (r34); a passive 'was described as "…"' leaves its marked words
        // alone. With more marked words later in the sentence the clause runs on to carry them, as before.
        int cs = cue.last() + 1 < f.tokens.size() ? f.tokens.get(cue.last() + 1).start() : e.start();
        int ce = Trim.end(f.text, cs, described.contentEnd());
        if (!passive && ce > cs) {
          out.add(new Candidate(QuoteKind.INDIRECT, cs, ce, new Attribution(cue, cs, ce, false), null, false));
        }
        coveredTo = sentenceEnd;
        continue;
      }
      if (cue != null) {
        int next = cue.last() + 1;
        if (next < f.tokens.size() && f.lexicon.match(f.tokens, next, CueKind.COMP) != null) {
          next++;
        }
        from = next < f.tokens.size() ? f.tokens.get(next).start() : e.start();
        attribution = new Attribution(cue, from, sentenceEnd, false);
      } else {
        int firstOfQuote = f.tokenAtOrAfter(e.start());
        SpeakerRef subject = EnglishSubjectFinder.sentenceSubject(f, sentenceStart, firstOfQuote, tracker);
        if (subject == null || subject.text().isEmpty() || !Character.isUpperCase(subject.text().codePointAt(0))
            || subject.entityId() == null && isDeterminerPhrase(subject.text())
            || passiveSubject(f, sentenceStart, subject.text(), firstOfQuote, sentenceEnd)) {
          continue;
        }
        from = sentenceStart;
        attribution = null;
        int cs = Trim.start(f.text, from, sentenceEnd);
        int ce = Trim.end(f.text, cs, sentenceEnd);
        if (ce > cs) {
          out.add(new Candidate(QuoteKind.INDIRECT, cs, ce, null, subject, false));
        }
        coveredTo = sentenceEnd;
        continue;
      }
      int cs = Trim.start(f.text, from, sentenceEnd);
      int ce = Trim.end(f.text, cs, sentenceEnd);
      if (ce > cs) {
        out.add(new Candidate(QuoteKind.INDIRECT, cs, ce, attribution, null, false));
      }
      coveredTo = sentenceEnd;
    }
    return out;
  }

  /** The describing verb's index within the cue ('described', or 'was described as'), or -1. */
  private static int describingVerb(FieldView f, CueLexicon.Hit cue) {
    for (int k = cue.first(); k <= cue.last(); k++) {
      if (DESCRIBING.contains(f.tokens.get(k).form())) {
        return k;
      }
    }
    return -1;
  }

  /** Verbs whose marked words characterise their object ('described the plan as "…"'). */
  private static final java.util.Set<String> DESCRIBING = StringSet.of("described", "describes", "describe", "describing");

  /**
   * The last marked piece of a description: the first fragment's, or a later fragment's in the same sentence joined
   * to it by a few words with no stop or cue between ('as "a lifetime politician" who "has never …"'); null when
   * the first fragment is not a closed quotation.
   */
  private static QuoteSpan describedEnd(FieldView f, List<Candidate> embedded, QuoteSpan first, int sentenceEnd) {
    if (first == null || !first.closed()) {
      return null;
    }
    QuoteSpan last = first;
    for (Candidate c : embedded) {
      QuoteSpan s = f.spanAt(c.start());
      if (c.start() < last.outerEnd() || s == null || !s.closed()) {
        continue;
      }
      int after = last.outerEnd();
      if (c.start() >= sentenceEnd || f.tokenAtOrAfter(s.outerStart()) - f.tokenAtOrAfter(after) > MAX_DESCRIPTION_GAP
          || f.hasCharBetween(after, s.outerStart(), ",;:\u2013\u2014") || f.text.substring(after, s.outerStart()).contains(" - ")
          || cueBetween(f, after, s.outerStart())) {
        break;
      }
      last = s;
    }
    return last;
  }

  /** A marked fragment starts in [from, sentenceEnd). */
  private static boolean fragmentAfter(FieldView f, List<Candidate> embedded, int from, int sentenceEnd) {
    for (Candidate c : embedded) {
      if (c.start() >= from && c.start() < sentenceEnd) {
        return true;
      }
    }
    return false;
  }

  private static boolean cueBetween(FieldView f, int from, int to) {
    for (int k = f.tokenAtOrAfter(from); k < f.tokens.size() && f.tokens.get(k).start() < to; k++) {
      if (f.lexicon.match(f.tokens, k, CueKind.VERB) != null) {
        return true;
      }
    }
    return false;
  }

  /** Most words between two marked pieces of one description. */
  private static final int MAX_DESCRIPTION_GAP = 3;

  /** Most words between a quoted fragment's sentence and the trailing attribution ('…," the senator said'). */
  private static final int MAX_TRAILING_SUBJECT = 5;
  private static final java.util.Set<String> CLAUSE_OPENERS = StringSet.of("he", "she", "they", "it", "we", "i",
      "the", "there", "a", "an", "his", "her", "their", "this", "that", "these", "those", "its", "our", "you");

  /**
   * A speech verb after the fragment that closes its sentence as an attribution: a comma (inside or after
   * the closing mark) right after the fragment or the words after it, then at most a short subject and
   * the verb ('…," Cole said.', '…," said Solovey.'), and nothing but the sentence's end or a time or
   * place after it.
   */
  private static CueLexicon.Hit trailingCue(FieldView f, Candidate e, int sentenceEnd) {
    QuoteSpan s = f.spanAt(e.start());
    if (s == null || !s.closed()) {
      return null;
    }
    int first = f.tokenAtOrAfter(s.outerEnd());
    // the comma closing the clause: inside the marks ("change agent,") or right after them
    boolean comma = f.hasCharBetween(Math.max(s.contentStart(), s.contentEnd() - 1), s.outerEnd(), ",")
        || first < f.tokens.size() && f.hasCharBetween(s.outerEnd(), f.tokens.get(first).start(), ",");
    if (!comma) {
      return null;
    }
    for (int j = first; j < f.tokens.size() && j - first <= MAX_TRAILING_SUBJECT
        && f.tokens.get(j).start() < sentenceEnd; j++) {
      if (f.insideQuote(f.tokens.get(j))) {
        return null;
      }
      CueLexicon.Hit h = f.lexicon.match(f.tokens, j, CueKind.VERB);
      if (h != null) {
        int next = h.last() + 1;
        // a clause of its own after the verb ('…," he said that …') is not a closing attribution
        boolean closes = next >= f.tokens.size() || f.tokens.get(next).start() >= sentenceEnd
            || f.hasCharBetween(f.tokens.get(h.last()).end(), f.tokens.get(next).start(), ",;")
            || f.lexicon.match(f.tokens, next, CueKind.COMP) == null
                && !CLAUSE_OPENERS.contains(f.tokens.get(next).form());
        return closes ? h : null;
      }
    }
    return null;
  }

  /** Auxiliaries and adverbs that may stand between the subject and its participle. */
  private static final java.util.Set<String> AUXILIARIES = StringSet.of("has", "have", "had", "will", "would", "can",
      "could", "may", "might", "must", "should", "also", "just", "now", "already", "not", "never", "widely", "often");
  /** Past participles without -ed. */
  private static final java.util.Set<String> IRREGULAR_PARTICIPLES = StringSet.of("given", "seen", "known", "chosen",
      "written", "made", "taken", "held", "found", "thought", "brought", "paid", "sold", "won", "shown", "beaten", "hit",
      "put", "set", "cut", "led", "kept", "spent");
  /** Participles that after 'be' say how the subject feels ('She is concerned …'): the subject's own view. */
  private static final java.util.Set<String> STATE_PARTICIPLES = StringSet.of("concerned", "worried", "pleased",
      "delighted", "disappointed", "convinced", "unconvinced", "determined", "satisfied", "surprised", "shocked",
      "committed", "prepared", "interested", "thrilled", "excited", "encouraged", "relieved", "annoyed", "angered",
      "frustrated", "saddened", "dismayed", "alarmed", "unimpressed", "amazed", "confused", "opposed", "used");

  /**
   * The subject opening the sentence is that of a passive ('He has just been voted … the best "Ambassador for
   * Tennis"', 'TV channel Five has been criticised for sending "offensive" …', 'Warner Bros was given two prizes
   * for its "inspiring" efforts') with no agent named by 'by': it is what the sentence is about, not someone
   * whose words the marks hold (round 49). An agent anywhere after the participle ('These are defined as "adults"
   * by the government') keeps the sentence as it was.
   */
  private static boolean passiveSubject(FieldView f, int sentenceStart, String subject, int firstOfQuote,
      int sentenceEnd) {
    int at = f.text.indexOf(subject, sentenceStart);
    if (at < 0) {
      return false;
    }
    int k = f.tokenAtOrAfter(at + subject.length());
    boolean be = false;
    for (; k < firstOfQuote; k++) {
      String w = f.tokens.get(k).form();
      if (EnglishSubjectFinder.BE.contains(w)) { // before a past participle: a passive
        be = true;
      } else if (!AUXILIARIES.contains(w)) {
        break;
      }
    }
    if (!be || k >= firstOfQuote) {
      return false;
    }
    String participle = f.tokens.get(k).form();
    if (STATE_PARTICIPLES.contains(participle)
        || !(participle.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(participle))) {
      return false;
    }
    for (int j = k + 1; j < f.tokens.size() && f.tokens.get(j).start() < sentenceEnd; j++) {
      if (f.tokens.get(j).form().equals("by")) {
        return false; // 'X was described as … by Y': Y's words, read elsewhere
      }
    }
    return true;
  }

  private static boolean isDeterminerPhrase(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("this ");
  }
}
