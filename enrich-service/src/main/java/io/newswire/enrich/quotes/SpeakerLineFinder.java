package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import java.util.List;

/**
 * Headline and highlight lines of the form 'Speaker: statement' (الرئيس بزشكيان: على الدول…, *آل ثاني: …,
 * Smith: We will win): an INDIRECT quote of the statement, said by the short name before the colon. The
 * prefix must name someone (a person or organisation mention, a role phrase, or, with no entities at
 * all, a short name that is not a label such as عاجل or Breaking).
 */
final class SpeakerLineFinder {
  private static final int MAX_PREFIX_TOKENS = 6;
  private static final int MAX_NAME_TOKENS_WITHOUT_ENTITIES = 3;
  /** A headline prefix without a mention is taken for a speaker's name up to this many words. */
  private static final int MAX_UNRECOGNISED_NAME_TOKENS = 2;

  private SpeakerLineFinder() {}

  /**
   * Headline, highlights and '*' lines take any short speaker prefix; other body lines only a prefix
   * that is exactly one name (see {@link #prefixSpeaker}).
   */
  static boolean applies(FieldView f) {
    return summaryLine(f) || f.name().startsWith("paragraphs");
  }

  private static boolean summaryLine(FieldView f) {
    return f.name().equals("headline") || f.name().startsWith("highlights") || f.text.startsWith("*");
  }

  static Candidate find(FieldView f, SpeakerTracker tracker) {
    int colon = f.text.indexOf(':');
    if (colon <= 0 || f.spanAt(colon) != null) {
      return null;
    }
    List<Token> toks = f.tokens;
    int prefixTokens = f.tokenAtOrAfter(colon);
    if (prefixTokens == 0 || prefixTokens > MAX_PREFIX_TOKENS) {
      return null;
    }
    int cs = Trim.start(f.text, colon + 1, f.text.length());
    int ce = Trim.end(f.text, cs, f.text.length());
    if (f.tokenAtOrAfter(ce) - f.tokenAtOrAfter(cs) < 2) {
      return null;
    }
    SpeakerRef speaker = prefixSpeaker(f, prefixTokens, tracker);
    if (speaker == null) {
      return null;
    }
    QuoteSpan whole = f.spanAt(cs);
    boolean quoted = whole != null && whole.outerEnd() >= ce;
    if (quoted) {
      cs = whole.contentStart();
      ce = Trim.end(f.text, cs, whole.contentEnd());
    }
    return new Candidate(quoted ? QuoteKind.DIRECT : QuoteKind.INDIRECT, cs, ce, null, speaker, false);
  }

  private static SpeakerRef prefixSpeaker(FieldView f, int prefixTokens, SpeakerTracker tracker) {
    List<Token> toks = f.tokens;
    int prefixEnd = toks.get(prefixTokens - 1).end();
    String prefix = f.text.substring(toks.get(0).start(), prefixEnd);
    if (!summaryLine(f)) {
      // In the body (a highlight line whose '*' the parser removed, a transcript turn) the prefix must be
      // exactly one person or organisation name: 'وأضاف بزشكيان: "…"' is a cue, not a speaker line.
      for (MentionRef m : f.mentionsIn(0, prefixEnd)) {
        if (m.personOrOrg() && m.start() <= toks.get(0).start() && m.end() >= prefixEnd) {
          return SpeakerRef.of(m, prefix);
        }
      }
      return null;
    }
    for (MentionRef m : f.mentionsIn(0, prefixEnd)) {
      if (m.personOrOrg()) {
        return SpeakerRef.of(m, prefix);
      }
    }
    RolePhrase role = RolePhrase.at(f, 0);
    if (role != null) {
      SpeakerRef bound = tracker.role(role.key());
      return bound != null ? bound.namedAs(prefix) : new SpeakerRef(null, null, prefix);
    }
    if (f.articleHasEntities && !"en".equals(f.lang()) && prefixTokens <= MAX_UNRECOGNISED_NAME_TOKENS
        && f.mentionsIn(0, prefixEnd).isEmpty() && f.lexicon.match(toks, 0, CueKind.LABEL) == null
        && f.lexicon.matchAny(toks, 0, CueKind.VERB, CueKind.STOP, CueKind.COMP) == null) {
      // an Arabic or Persian headline names its speaker by surname (رونالدو:, ايوانكوويچ:), which the entity
      // step may not know; a place (سوريا:, لندن:) is a mention and does not come here
      return new SpeakerRef(null, null, prefix);
    }
    if (f.articleHasEntities || prefixTokens > MAX_NAME_TOKENS_WITHOUT_ENTITIES
        || f.lexicon.match(toks, 0, CueKind.LABEL) != null) {
      return null;
    }
    // no entities to check against: a short prefix is taken for a name, capitalised in English, and without a number
    // in any language (وصفة 30 دقيقة: "a 30-minute recipe", a column's label before its dish)
    for (int j = 0; j < prefixTokens; j++) {
      if ("en".equals(f.lang()) && !toks.get(j).capitalized() || hasDigit(toks.get(j).raw())) {
        return null;
      }
    }
    return new SpeakerRef(null, null, prefix);
  }

  private static boolean hasDigit(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (Character.isDigit(raw.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
