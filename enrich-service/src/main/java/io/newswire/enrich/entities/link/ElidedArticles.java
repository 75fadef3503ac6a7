package io.newswire.enrich.entities.link;

import java.util.function.Function;

/**
 * Arabic writes ل + ال as لل, the article's alef dropped (للحكومة اليمنية, "to the Yemeni government"), and a body's
 * span that leaves the preposition out opens with the article's lam alone: لحكومة اليمنية, which the word table cannot
 * read and the slug keeps apart from the same body written الحكومة اليمنية (round 51). Such a span is named as its
 * article form when that form has an English name; a noun that itself opens with ل (للجنة: ل + اللجنة) has no such
 * name as الجنة and keeps its text.
 */
final class ElidedArticles {
  private ElidedArticles() {}

  /** The article form (الحكومة اليمنية) of a body's span that opens right after لل, or null. */
  static String restored(String d, int start, int end, Function<String, String> places) {
    String withArticle = articleForm(d, start, end);
    return withArticle != null && OrganisationName.english(withArticle, places) != null ? withArticle : null;
  }

  /**
   * The span's text with the article's alef put back (لرمادي: الرمادي) when the span opens right after لل, the
   * preposition opening its word, or null. Whether that form names anything is the caller's question.
   */
  static String articleForm(String d, int start, int end) {
    if (start < 1 || end <= start || d.charAt(start) != 'ل' || d.charAt(start - 1) != 'ل') {
      return null;
    }
    int b = start - 2; // the preposition opens its word, alone or after و or ف
    if (b >= 0 && (d.charAt(b) == 'و' || d.charAt(b) == 'ف')) {
      b--;
    }
    if (b >= 0 && Character.isLetter(d.charAt(b))) {
      return null;
    }
    return "ا" + d.substring(start, end);
  }
}
