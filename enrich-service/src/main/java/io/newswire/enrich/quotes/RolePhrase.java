package io.newswire.enrich.quotes;

import java.util.List;

/**
 * A role phrase (رئيس الجمهورية, المتحدث باسم الخارجية, سخنگوی وزارت خارجه, White House spokesman):
 * a role head and the few words that complete it, tokens [first, end).
 */
record RolePhrase(int first, int end, String key) {
  private static final int MAX_TAIL = 4;
  /** Arabic titles run long before the name: رئيس الاتحاد العربي السعودي لكرة القدم أحمد عيد. */
  private static final int MAX_TAIL_ARABIC = 6;
  /** Persian chains a role's words by ezafe: رئیس سازمان جهاد کشاورزی خراسان جنوبی. */
  private static final int MAX_TAIL_PERSIAN = 6;

  /** The role phrase starting at token i (a leading article or determiner allowed in English), or null. */
  static RolePhrase at(FieldView f, int i) {
    List<Token> toks = f.tokens;
    if (i >= toks.size() || f.lexicon.match(toks, i, CueKind.ROLE) == null) {
      return null;
    }
    int end = i + 1;
    int maxTail = "fa".equals(f.lang()) ? MAX_TAIL_PERSIAN : "ar".equals(f.lang()) ? MAX_TAIL_ARABIC : MAX_TAIL;
    while (end < toks.size() && end - i <= maxTail && !stops(f, end)) {
      end++;
    }
    return new RolePhrase(i, end, key(f, i, end));
  }

  /** A word that ends the role phrase: an adjunct, a title, a cue, a person's name, punctuation before it. */
  private static boolean stops(FieldView f, int j) {
    Token t = f.tokens.get(j);
    if (!f.text.substring(f.tokens.get(j - 1).end(), t.start()).isBlank()) {
      return true;
    }
    MentionRef m = f.mentionAt(t);
    if (m != null && m.person()) {
      return true;
    }
    if ("en".equals(f.lang()) && t.capitalized()) {
      return true; // White House spokesman Josh Earnest: the name is not part of the role
    }
    return f.lexicon.matchAny(f.tokens, j, CueKind.STOP, CueKind.HONORIFIC, CueKind.COMP, CueKind.VERB,
        CueKind.CONT, CueKind.PRONOUN) != null;
  }

  /** Head and last word without the article, so أمير دولة قطر and أمير قطر share a key. */
  private static String key(FieldView f, int first, int end) {
    return key(f.tokens, first, end);
  }

  static String key(List<Token> tokens, int first, int end) {
    return bare(tokens.get(first).form()) + "|" + bare(tokens.get(end - 1).form());
  }

  private static String bare(String form) {
    String s = form;
    if (s.startsWith("و") && s.length() > 4) {
      s = s.substring(1);
    }
    if (s.startsWith("ال") && s.length() > 3) {
      s = s.substring(2);
    }
    return s;
  }

  String text(FieldView f) {
    return f.text.substring(f.tokens.get(first).start(), f.tokens.get(end - 1).end());
  }
}
