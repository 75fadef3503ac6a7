package io.newswire.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Persian sentences name their subject first and put the verb last: 'X، عضو هیئت علمی دانشگاه، در این همایش
 * … را … ذکر کرد.' A person who opens a sentence this way with a verb other than speech is whom the story
 * goes on about: a following 'وی افزود:' means that person, not the speaker before ({@link
 * SpeakerTracker#newerTopic()}). A name followed by را is the object, not the subject. Round 36b.
 */
final class PersianOpeningSubjects {
  private PersianOpeningSubjects() {}

  /** The sentences of a Persian field that open with a person's name, in reading order. */
  static List<NarrativeSubjects.Topic> find(FieldView f) {
    List<NarrativeSubjects.Topic> out = new ArrayList<>(2);
    List<Token> toks = f.tokens;
    for (int j = 0; j < toks.size(); j++) {
      if (j > 0 && !f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), ".!?؟")) {
        continue; // not a sentence start
      }
      Token first = toks.get(j);
      MentionRef m = f.mentionAt(first);
      if (m == null || !m.person() || m.start() != first.start() || f.insideQuote(first)) {
        continue;
      }
      int after = f.tokenAtOrAfter(m.end());
      if (after < toks.size() && toks.get(after).form().equals("را")) {
        continue; // 'X را …': the object
      }
      out.add(new NarrativeSubjects.Topic(first.start(), SpeakerRef.of(m, m.text())));
    }
    return out;
  }
}
