package io.newswire.enrich.entities.names;

import io.newswire.normalization.MatchingForm;
import java.util.Set;

/**
 * The parliament's term written after مجلس (مجلس هفتم، کمیسیون امنیت ملی مجلس نهم): part of the name of the parliament
 * and of its units, which stay one body from term to term. Sixth to twelfth: the terms the copy writes; lower
 * ordinals after مجلس read as counts more often.
 */
public final class MajlisTerms {
  private static final Set<String> TERMS = MatchingForm.keys("ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم");
  private static final String MAJLIS = MatchingForm.key("مجلس");
  private static final String PARLIAMENT = MatchingForm.key("مجلس شورای اسلامی");
  private static final String SHURA_ISLAMIC = " " + MatchingForm.key("شورای اسلامی");

  private MajlisTerms() {}

  /** Whether {@code key} (a word's matching form) numbers the parliament's term. */
  public static boolean isTerm(String key) {
    return TERMS.contains(key);
  }

  /**
   * A name's matching form without the term: مجلس هفتم (شورای اسلامی) gives مجلس شورای اسلامی, کمیسیون … مجلس نهم
   * (شورای اسلامی) gives کمیسیون … مجلس (شورای اسلامی); null when the name holds no term after مجلس.
   */
  public static String termless(String key) {
    int sp = key.lastIndexOf(' ');
    String rest = "";
    if (key.endsWith(SHURA_ISLAMIC)) {
      rest = SHURA_ISLAMIC;
      key = key.substring(0, key.length() - SHURA_ISLAMIC.length());
      sp = key.lastIndexOf(' ');
    }
    if (sp <= 0 || !TERMS.contains(key.substring(sp + 1))) {
      return null;
    }
    String head = key.substring(0, sp);
    if (!head.equals(MAJLIS) && !head.endsWith(" " + MAJLIS)) {
      return null;
    }
    return head.equals(MAJLIS) ? PARLIAMENT : head + rest;
  }
}
