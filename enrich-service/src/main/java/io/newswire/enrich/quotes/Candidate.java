package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import java.util.List;

/**
 * A quote found in one field, before its speaker is resolved in reading order.
 *
 * @param start       start of the quoted or reported words (UTF-16 index into the field)
 * @param end         end of those words, exclusive
 * @param attribution the cue tying it to a speaker; null for a continuation of the current speaker
 * @param preset      a speaker already known (a headline 'Speaker:' line or a colon cue from the previous paragraph)
 * @param embedded    a quoted fragment inside narrative ('called it "a disgrace"'): not a quote of its own
 */
record Candidate(QuoteKind kind, int start, int end, Attribution attribution, SpeakerRef preset, boolean embedded) {
  boolean overlaps(Candidate o) {
    return start < o.end && o.start < end;
  }

  /** Whether one of {@code quotes} holds the mention whole: a person a quote talks about is not the one saying it. */
  static boolean anyHolds(List<Candidate> quotes, MentionRef m) {
    for (Candidate c : quotes) {
      if (c.start <= m.start() && m.end() <= c.end) {
        return true;
      }
    }
    return false;
  }
}
