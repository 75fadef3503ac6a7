package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 52: a Persian colon statement runs on to its paragraph's end ('X گفت: … رهبر متذکر شدند که …'), and a
 * verb of saying inside it with که reports a clause nested in the statement, which the annotations give its own
 * speaker since round 7 (… مسئولین کشورمان بارها اعلام کرده‌اند که …). Only که clauses nest: a colon or a bare
 * clause inside a statement is more often the statement's own words.
 */
final class PersianNestedClauses {
  private PersianNestedClauses() {}

  /** The clause is a colon statement: its words open after a colon behind the cue. */
  static boolean outerStatement(FieldView f, CueLexicon.Hit cue, Candidate c) {
    int cueEnd = f.tokens.get(cue.last()).end();
    return c.kind() == QuoteKind.INDIRECT && c.start() > cueEnd && f.visibleBetween(cueEnd, c.start()).contains(":");
  }

  /**
   * Modals before the short infinitive گفت: the speaker's own 'one must say that', 'one cannot say that'
   * (باید گفت که …, نمی‌توان گفت که …), no one else's words.
   */
  private static final Set<String> MODALS = StringSet.of("باید", "نباید", "می\u200cتوان", "میتوان", "نمی\u200cتوان",
      "نمیتوان", "بتوان", "نتوان");

  /** A clause found inside such a statement nests there when it opens right after که and no modal has its verb. */
  static boolean nested(FieldView f, CueLexicon.Hit cue, Candidate c) {
    int first = f.tokenAtOrAfter(c.start());
    return first > 0 && first < f.tokens.size() && f.tokens.get(first).start() == c.start()
        && f.lexicon.match(f.tokens, first - 1, CueKind.COMP) != null
        && (cue.first() == 0 || !MODALS.contains(f.tokens.get(cue.first() - 1).form()));
  }

  /** The speaker's own first person inside his statement: 'I said that', 'I have announced that'. */
  private static final Set<String> FIRST_PERSON = StringSet.of("من", "بنده", "اینجانب", "اينجانب");

  /**
   * The speaker of a clause nested in a statement: whom its own subject names, else no one named (the words
   * kept). Its subject is someone the statement's speaker cites, so when the subject step found no one and
   * fell back on the last speaker, that is the statement's speaker, wrong for 'a security official', 'the
   * country's officials', 'the EU' (round 52); only the speaker's first person (من گفتم که) is still his.
   */
  static SpeakerRef ownSpeaker(FieldView f, Candidate c, SpeakerRef speaker, SpeakerRef outer) {
    CueLexicon.Hit cue = c.attribution() == null ? null : c.attribution().cue();
    if (speaker == null || outer == null || cue == null || !same(speaker, outer)) {
      return speaker;
    }
    List<Token> toks = f.tokens;
    int cueStart = toks.get(cue.first()).start();
    int from = Math.max(f.sentenceStart(cueStart), f.text.lastIndexOf(':', cueStart - 1) + 1);
    for (MentionRef m : f.mentionsIn(from, cueStart)) {
      if (speaker.entityId() != null && speaker.entityId().equals(m.entity().getId())) {
        return speaker; // the subject names the statement's speaker himself
      }
    }
    int first = f.tokenAtOrAfter(from);
    if (first < cue.first() ? FIRST_PERSON.contains(toks.get(first).form()) : toks.get(cue.last()).form().endsWith("م")) {
      // the subject opens the clause (a later من is an object: به من گفت که); with none, the verb's ending
      // (گفتم که, کرده‌ام که)
      return speaker;
    }
    String words = speaker.text();
    return words != null && f.text.substring(from, cueStart).contains(words) ? new SpeakerRef(null, null, words) : null;
  }

  private static boolean same(SpeakerRef a, SpeakerRef b) {
    return a.entityId() != null ? a.entityId().equals(b.entityId()) : a.name() != null && a.name().equals(b.name());
  }
}
