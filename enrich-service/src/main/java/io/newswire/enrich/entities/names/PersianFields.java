package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.normalization.MatchingForm;
import java.util.Set;

/** The fields a provincial department is named by with no head word (هواشناسی، فرهنگ و ارشاد), from fa-cues.txt. */
public final class PersianFields {
  private static final Set<String> FIELDS = CueLists.persian().get("field");

  private PersianFields() {}

  /** Whether {@code key} (a word's matching form) is such a field. */
  public static boolean isField(String key) {
    return FIELDS.contains(key);
  }

  /**
   * Whether {@code key} (one token's matching form) is a field's name of two words written as one, glued
   * (جهادکشاورزی) or joined by a ZWNJ (آموزش‌وپرورش): the organisation table's compound that opens with a field.
   */
  public static boolean isGluedField(String key) {
    String compound = OrganisationName.unglued(key);
    return compound != null && FIELDS.contains(compound.substring(0, compound.indexOf(' ')));
  }

  /** Whether {@code name}'s first word is such a field (هواشناسی آذربایجان غربی), unlike a newspaper's (اطلاعات). */
  public static boolean opens(String name) {
    String key = MatchingForm.key(name);
    int sp = key.indexOf(' ');
    String first = sp < 0 ? key : key.substring(0, sp);
    return FIELDS.contains(first) || isGluedField(first); // جهادکشاورزی خراسان جنوبی
  }
}
