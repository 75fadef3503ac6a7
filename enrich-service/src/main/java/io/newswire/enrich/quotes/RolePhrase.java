package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;

/**
 * A role phrase (رئيس الجمهورية, المتحدث باسم الخارجية, سخنگوی وزارت خارجه, White House spokesman):
 * a role head and the few words that complete it, tokens [first, end).
 */
record RolePhrase(int first, int end, String key) {
  private static final int MAX_TAIL = 4;
  /** Cue kinds whose words end a role phrase and are never part of an unknown name (read only: passed as varargs). */
  private static final CueKind[] NOT_ROLE_WORDS = {CueKind.STOP, CueKind.HONORIFIC, CueKind.COMP, CueKind.VERB,
      CueKind.CONT, CueKind.PRONOUN};
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
    if (!f.blankBetween(f.tokens.get(j - 1).end(), t.start())) {
      return true;
    }
    MentionRef m = f.mentionAt(t);
    if (m != null && m.person()) {
      return true;
    }
    if ("en".equals(f.lang()) && t.capitalized()) {
      return true; // White House spokesman Josh Earnest: the name is not part of the role
    }
    if (f.lexicon.matchAny(f.tokens, j, NOT_ROLE_WORDS) != null) {
      return true;
    }
    return "ar".equals(f.lang()) && arabicNameAfterDefinite(f, j);
  }

  /**
   * An Arabic role is closed once a definite word ends it (the article, or a place or body the entity step
   * named: مهاجم المنتخب الجامايكي، مدرب بنما); two plain words after it then open an apposed name the
   * entity step did not know (… الجامايكي جايل بارنز، … بنما داريو غوميز), not more of the role: a
   * construct noun after a definite adjective would start a new noun phrase. The word after the pair must
   * not be a place or body (لشرطة منطقة الرياض is still the role's complement).
   */
  static boolean arabicNameAfterDefinite(FieldView f, int j) {
    List<Token> toks = f.tokens;
    if (j < 1 || j + 1 >= toks.size() || !definiteArabic(f, j - 1) || !plainArabicWord(f, j)
        || !f.blankBetween(toks.get(j).end(), toks.get(j + 1).start()) || !plainArabicWord(f, j + 1)) {
      return false;
    }
    if (j + 2 < toks.size()) {
      MentionRef next = f.mentionAt(toks.get(j + 2));
      return next == null || next.person();
    }
    return true;
  }

  /** The article (also after a clitic: لل، بال، وال، فال), or a place or body the entity step named. */
  private static boolean definiteArabic(FieldView f, int j) {
    Token t = f.tokens.get(j);
    String s = t.form();
    if (s.startsWith("ال") || s.startsWith("لل") || s.length() > 3 && s.startsWith("ال", 1)
        && (s.charAt(0) == 'و' || s.charAt(0) == 'ف' || s.charAt(0) == 'ب' || s.charAt(0) == 'ك')) {
      return true;
    }
    MentionRef m = f.mentionAt(t);
    return m != null && !m.person();
  }

  /** Prepositions and particles (folded) that carry a role's complement on: never part of a name. */
  private static final java.util.Set<String> ARABIC_LINKS = StringSet.of("باسم", "لدى", "عند", "امام", "خلال",
      "بين", "حول", "ضد", "نحو", "عبر", "منذ", "حتى", "الى", "على", "في", "من", "عن", "مع", "بعد", "قبل", "دون",
      "غير", "اثناء", "وسط", "لصالح", "بشان", "جراء", "لشؤون", "بمنطقة", "بمحافظة", "بمدينة", "بوزارة");

  /**
   * A word with no article, mention, cue, stop word or particle: it may be part of an unknown name. Not a
   * feminine or participle ending (مخاطبة) nor an attached pronoun (جمهورها): those are the sentence's words.
   */
  static boolean plainArabicWord(FieldView f, int j) {
    Token t = f.tokens.get(j);
    String s = t.form();
    return s.length() > 2 && !s.startsWith("ال") && !s.startsWith("لل") && !ARABIC_LINKS.contains(s)
        && !s.endsWith("ة") && !s.endsWith("ها") && !s.endsWith("هم") && f.mentionAt(t) == null
        && f.spanAt(t.start()) == null && !ArabicParticles.opensAdjunct(t) && !Character.isDigit(s.charAt(0))
        && f.lexicon.matchAny(f.tokens, j, NOT_ROLE_WORDS) == null && f.lexicon.match(f.tokens, j, CueKind.ROLE) == null;
  }

  /** Head and last word without the article, so أمير دولة قطر and أمير قطر share a key. */
  private static String key(FieldView f, int first, int end) {
    return key(f.tokens, first, end);
  }

  static String key(List<Token> tokens, int first, int end) {
    String head = bare(tokens.get(first).form());
    // the Friday prayer's preacher (خطیب نماز جمعه X) is the imam bound as امام جمعه X
    return (FRIDAY_PREACHER.equals(head) ? FRIDAY_IMAM : head) + "|" + bare(tokens.get(end - 1).form());
  }

  private static final String FRIDAY_PREACHER = "خطیب";
  private static final String FRIDAY_IMAM = "امام";

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
