package io.newswire.enrich.quotes;

/**
 * A quotation that only names something: Persian and Arabic copy puts names and titles in marks
 * («عباس البياتي» در گفتگو با … تاکید کرد, "داود شهاب" سخنگوی …), and any copy may quote a name a mention
 * covers whole. Such a span is not words said, even when a cue follows in the same sentence: that cue
 * belongs to the named person, who is its subject.
 */
final class QuotedName {
  /** Arabic and Persian quotations shorter than this and not opened by a colon are names or terms. */
  static final int MIN_SAID_TOKENS = 4;

  private QuotedName() {}

  /** A mention of any type covers the quoted words whole. */
  static boolean mentioned(FieldView f, int contentStart, int contentEnd) {
    for (MentionRef m : f.mentions) {
      if (m.start() <= contentStart && m.end() >= contentEnd) {
        return true;
      }
    }
    return false;
  }

  static boolean is(FieldView f, int contentStart, int contentEnd, int words, char lead) {
    for (MentionRef m : f.mentions) {
      if (m.start() <= contentStart && m.end() >= contentEnd && m.personOrOrg()) {
        return true;
      }
    }
    boolean rtl = "fa".equals(f.lang()) || "ar".equals(f.lang());
    return rtl && words < MIN_SAID_TOKENS && lead != ':' && !f.hasCharBetween(contentStart, contentEnd, ".!?؟");
  }
}
