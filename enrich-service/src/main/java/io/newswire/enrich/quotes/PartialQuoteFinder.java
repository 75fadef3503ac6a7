package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
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
            || subject.entityId() == null && isDeterminerPhrase(subject.text())) {
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

  private static boolean isDeterminerPhrase(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("this ");
  }
}
