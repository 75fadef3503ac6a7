package io.newswire.enrich.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An English epithet right after a sentence whose speaker was a bare 'he' or 'she' goes on with that
 * person: '… he said. He conceded the win was not pretty. "It wasn't the best display," the Irishman said.'
 * Copy names the new speaker once, refers to him by pronoun and then by epithet; the person the story names
 * most (often the manager quoted first) is not the one meant. Only the sentence just before counts.
 */
final class EnglishEpithetPronouns {
  private EnglishEpithetPronouns() {}

  /**
   * The named person the last quote's 'he/she' stood for, when that quote's cue lies in the sentence just
   * before the one holding {@code position} (field {@code v}); null otherwise.
   */
  static SpeakerRef pronounSpeakerJustBefore(List<FieldView> views, int v, int position, List<SpeakerRef> speakers,
      List<int[]> whereRead, Set<String> bodies) {
    if (speakers.isEmpty()) {
      return null;
    }
    SpeakerRef last = speakers.get(speakers.size() - 1);
    if (last == null || last.entityId() == null || bodies.contains(last.entityId()) || !pronoun(last.text())) {
      return null;
    }
    int[] where = whereRead.get(whereRead.size() - 1);
    FieldView f = views.get(v);
    int start = f.sentenceStart(Math.max(0, position));
    if (start > 0) {
      return where[0] == v && where[1] < start && where[1] >= f.sentenceStart(start - 1) ? last : null;
    }
    // the epithet opens its paragraph: the pronoun's sentence must close the paragraph before
    if (v == 0 || where[0] != v - 1 || !f.name().startsWith("paragraphs") || !views.get(v - 1).name().startsWith("paragraphs")) {
      return null;
    }
    FieldView p = views.get(v - 1);
    return where[1] >= p.sentenceStart(p.text.length()) ? last : null;
  }

  private static boolean pronoun(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return t.equals("he") || t.equals("she");
  }
}
