package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Speech verbs that carry no quote of their own ('«X» در گفتگو با العالم تاکید کرد، …', 'وأشار X إلى
 * …') still introduce a speaker: Persian and Arabic stories name someone this way and then go on with
 * وی افزود: «…» / وأضاف:. Reading them keeps the tracker's current speaker the last one named. Only a
 * newly named subject counts; English narrative is too loose for that (any 'Both clubs have pledged'),
 * so there only an entity mention counts.
 */
final class SilentCues {
  private SilentCues() {}

  /** Speech verbs of a field outside quotations and outside every candidate, in reading order. */
  static List<CueLexicon.Hit> find(FieldView f, List<Candidate> found) {
    List<CueLexicon.Hit> out = new ArrayList<>();
    for (int i = 0; i < f.tokens.size(); i++) {
      Token t = f.tokens.get(i);
      if (f.insideQuote(t) || covered(found, t)) {
        continue;
      }
      CueLexicon.Hit h = f.lexicon.match(f.tokens, i, CueKind.VERB);
      if (h != null && !usedBy(found, h) && !temporalClause(f, i)) {
        out.add(h);
        i = h.last();
      }
    }
    return out;
  }

  /** Arabic words of time (folded, without و) that with أن open a subordinate clause: بعد أن، قبل أن، منذ أن. */
  private static final java.util.Set<String> AR_TIME_BEFORE_AN = StringSet.of("بعد", "قبل", "منذ");
  /** Arabic conjunctions of time written as one word before the verb (folded, without و). */
  private static final java.util.Set<String> AR_TIME_CONJUNCTIONS = StringSet.of("بعدما", "عندما", "حينما", "قبلما");

  /**
   * An Arabic speech verb inside a clause of time (… بعد أن أثبتت الدراسات X، موضحا أن …): its subject is
   * background to the sentence, not someone the story goes on with, so the participle after it still
   * continues the sentence's own speaker.
   */
  private static boolean temporalClause(FieldView f, int i) {
    if (!"ar".equals(f.lang()) || i == 0) {
      return false;
    }
    String before = IndirectSpeechFinder.stripClitic(f.tokens.get(i - 1).form());
    if (AR_TIME_CONJUNCTIONS.contains(before)) {
      return true;
    }
    return i >= 2 && before.equals("ان") && AR_TIME_BEFORE_AN.contains(IndirectSpeechFinder.stripClitic(f.tokens.get(i - 2).form()));
  }

  /** Makes the cue's subject the current speaker when the cue names someone new. */
  static void introduce(FieldView f, CueLexicon.Hit cue, SpeakerTracker tracker) {
    SpeakerRef before = tracker.current();
    SpeakerRef s = SubjectFinder.resolve(f, new Attribution(cue, f.text.length(), f.text.length(), false), tracker);
    if (s == null || s == before || Pronouns.publishable(s) == null) {
      return;
    }
    if (Pronouns.personalWords(s.text())) {
      return; // 'وی تاکید کرد' names no one new
    }
    if ("en".equals(f.lang()) && s.entityId() == null) {
      return;
    }
    tracker.spoke(s);
  }

  private static boolean covered(List<Candidate> found, Token t) {
    for (Candidate c : found) {
      if (t.start() >= c.start() && t.start() < c.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean usedBy(List<Candidate> found, CueLexicon.Hit h) {
    for (Candidate c : found) {
      if (c.attribution() != null && h.equals(c.attribution().cue())) {
        return true;
      }
    }
    return false;
  }
}
