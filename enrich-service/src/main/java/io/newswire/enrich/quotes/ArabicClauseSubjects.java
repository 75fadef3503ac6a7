package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * A clause opened mid-sentence by لكن or ثم names a new subject that the speech verb later in the sentence goes on
 * with: 'وقد أدانت المحكمة …، لكن محكمة النقض ألغت الحكم …، وقضت …، بعد أن قالت إن …' (the Court of Cassation, not
 * the speaker before). The sentence opening names no subject of the verb, so without the clause the cue fell back to
 * the last speaker. Round 37b.
 */
final class ArabicClauseSubjects {
  /** Conjunctions that open a clause with a subject of its own (folded forms). */
  private static final Set<String> OPENERS = StringSet.of("لكن", "ولكن", "ثم");

  private ArabicClauseSubjects() {}

  /**
   * The subject of the nearest clause before {@code cueToken} (after {@code firstTok}, the sentence's first token)
   * that one of {@link #OPENERS} opens: a person or body named right after it (لكن محكمة النقض ألغت), its verb right after the name, or after its
   * verb (ثم غادر الرئيس X). Null when there is no such clause or it names no one.
   */
  static SpeakerRef before(FieldView f, int firstTok, int cueToken) {
    List<Token> toks = f.tokens;
    for (int j = cueToken - 2; j > firstTok; j--) {
      Token t = toks.get(j);
      if (!OPENERS.contains(t.form()) || f.insideQuote(t)) {
        continue;
      }
      Token next = toks.get(j + 1);
      MentionRef m = f.mentionAt(next);
      if (m != null) {
        // the name must be followed by its verb: 'ثم ضرب الأكراد ثم «داعش»،' only lists objects
        int after = f.tokenAtOrAfter(m.end());
        return m.personOrOrg() && m.start() == next.start() && after < cueToken
            && f.blankBetween(m.end(), toks.get(after).start()) ? SpeakerRef.of(m, m.text()) : null;
      }
      SpeakerRef s = NarrativeSubjects.subjectOfSentenceAt(f, j + 1);
      return s == NarrativeSubjects.NONE ? null : s;
    }
    return null;
  }
}
