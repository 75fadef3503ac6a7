package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 51b: an Arabic source closing its sentence after كما (…، كما تقول بعثة الأمم المتحدة) often runs on
 * with words about itself: where or how it spoke (في تقرير نشر هذا الأسبوع، في اتصال مع وكالة …) or a relative
 * clause on who it is (الذي اشترى منزلا في المنطقة، وهو يقرأ …). Those words still close the sentence with the
 * source, so they are read up to its end instead of ending the source at the eighth word or their own verb.
 */
final class ArabicSourceAdjuncts {
  private ArabicSourceAdjuncts() {}

  /** Relative pronouns and circumstantial وهو that describe the source (folded). */
  private static final Set<String> DESCRIBERS = StringSet.of("الذي", "التي", "الذين", "وهو", "وهي", "وهم");
  /** Prepositions before a word naming how the source spoke. */
  private static final Set<String> MEANS_PREPOSITIONS = StringSet.of("في", "خلال");
  /** Ways of speaking after في/خلال: a report, a statement, an interview, a call (folded). */
  private static final Set<String> MEANS = StringSet.of("تقرير", "تقريرها", "تقريره", "بيان", "بيانها", "بيانه",
      "حديث", "حديثه", "حديثها", "مقابلة", "اتصال", "تصريح", "تصريحات", "مؤتمر", "رسالة", "كلمة", "لقاء");
  /** The longest run of such words read to the sentence's end. */
  private static final int MAX_TOKENS = 16;

  /** Whether token k opens words about the source: a describer, or في/خلال before a way of speaking. */
  static boolean opensAt(List<Token> toks, int k) {
    String w = toks.get(k).form();
    if (DESCRIBERS.contains(w)) {
      return true;
    }
    return MEANS_PREPOSITIONS.contains(w) && k + 1 < toks.size() && MEANS.contains(toks.get(k + 1).form());
  }

  /**
   * Whether the words from token k reach the sentence's end (offset {@code end}) within {@link #MAX_TOKENS},
   * with no comma or colon among them (more follows the source) and no complementizer (the source's own clause:
   * أوضح أنه …). A comma before token k itself is no matter: it sets off a relative on the source (كما يقول
   * الروقي، الذي لا يتحدث كثيرا …).
   */
  static boolean runsToSentenceEnd(FieldView f, int k, int end) {
    List<Token> toks = f.tokens;
    for (int j = k; j < toks.size(); j++) {
      Token t = toks.get(j);
      if (t.start() >= end) {
        return true;
      }
      if (j - k >= MAX_TOKENS || j > k && f.hasCharBetween(toks.get(j - 1).end(), t.start(), ":,،")
          || f.lexicon.match(toks, j, CueKind.COMP) != null) {
        return false;
      }
    }
    return true; // the field ends with the source
  }
}
