package io.newswire.enrich.entities.ner;

import io.newswire.normalization.MatchingForm;

/**
 * A light stem for features: the matching form without attached conjunction, preposition and article
 * (وبالعاصمة → عاصمه), so the model sees one word where the text has many spellings of it.
 */
public final class ArabicStem {
  private ArabicStem() {}

  public static String of(String token) {
    return ofKey(MatchingForm.key(token));
  }

  /** The stem of a token already in matching form. */
  public static String ofKey(String t) {
    int i = 0;
    if (t.length() - i > 3 && (t.charAt(i) == 'و' || t.charAt(i) == 'ف')) {
      i++;
    }
    if (t.length() - i > 3 && (t.charAt(i) == 'ب' || t.charAt(i) == 'ل' || t.charAt(i) == 'ك')) {
      i++;
    }
    if (t.length() - i > 3 && t.startsWith("ال", i)) {
      i += 2;
    } else if (i > 0 && t.charAt(i - 1) == 'ل' && t.length() - i > 3 && t.charAt(i) == 'ل') {
      i += 1; // لل = ل + ال
    }
    return t.substring(i);
  }

  /** The attached prefix the stem dropped (و, وب, ال, ...), a cue in itself. */
  public static String prefix(String token) {
    String t = MatchingForm.key(token);
    String s = of(token);
    return t.length() > s.length() ? t.substring(0, t.length() - s.length()) : "";
  }
}
