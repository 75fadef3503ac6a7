package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;

/**
 * An English headline signed with its source after a dash: 'TURKEY SEEKING 100,000 TONNES SUGAR - TRADE',
 * 'Taxes must be trusted - Kennedy', 'Job cuts 'false economy' - TUC'. The statement before the dash is the
 * source's INDIRECT words, with no cue. The source is a short capitalised name that ends the line; a
 * person or organisation found there is the speaker, other words ('TRADE', 'DUTCH ROASTERS') name no one.
 * A column's label before the dash ('ECONOMIC SPOTLIGHT - …', 'CORRECTED - …') is too short to be a statement.
 */
final class HeadlineDashSources {
  /** A statement has at least this many words: labels and slug words have fewer. */
  private static final int MIN_STATEMENT_WORDS = 3;
  /** A source longer than this is a second headline part ('… - JAPAN LOW GROWTH MODEL'), not a signature. */
  private static final int MAX_SOURCE_WORDS = 3;

  private HeadlineDashSources() {}

  /** The signed statement of an English headline, or null. */
  static Candidate find(FieldView f) {
    if (!"en".equals(f.lang()) || !f.name().equals("headline")) {
      return null;
    }
    String t = f.text;
    int dash = t.lastIndexOf(" - ");
    if (dash < 0) {
      return null;
    }
    int ss = Trim.start(t, dash + 3, t.length());
    int se = Trim.end(t, ss, t.length());
    int sourceWords = f.tokenAtOrAfter(se) - f.tokenAtOrAfter(ss);
    if (sourceWords < 1 || sourceWords > MAX_SOURCE_WORDS || !name(f, ss, se)) {
      return null;
    }
    int cs = Trim.start(t, 0, dash);
    int ce = dash;
    while (ce > cs && Character.isWhitespace(t.charAt(ce - 1))) {
      ce--; // only spaces: a closing mark ends the statement ('Job cuts 'false economy'')
    }
    if (f.tokenAtOrAfter(ce) - f.tokenAtOrAfter(cs) < MIN_STATEMENT_WORDS || t.indexOf(" - ", cs) < dash) {
      return null; // a short label, or a headline in three dashed parts
    }
    String words = t.substring(ss, se);
    SpeakerRef speaker = new SpeakerRef(null, null, words);
    for (MentionRef m : f.mentionsIn(ss, se)) {
      if (m.personOrOrg()) {
        speaker = SpeakerRef.of(m, words);
        break;
      }
    }
    return new Candidate(QuoteKind.INDIRECT, cs, ce, null, speaker, false);
  }

  /** Every word capitalised, no digits and no firm brackets ('&lt;BAC&gt;'). */
  private static boolean name(FieldView f, int from, int to) {
    for (int j = f.tokenAtOrAfter(from); j < f.tokens.size() && f.tokens.get(j).start() < to; j++) {
      Token w = f.tokens.get(j);
      if (!w.capitalized() || !w.raw().chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '\'' || c == '-')) {
        return false;
      }
    }
    return !f.text.substring(from, to).contains("<");
  }
}
