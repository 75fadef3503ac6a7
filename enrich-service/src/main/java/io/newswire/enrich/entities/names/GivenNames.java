package io.newswire.enrich.entities.names;

import java.util.Set;

/** The shipped given-name lists, in matching form (loaded once). */
public final class GivenNames {
  private static final Set<String> PERSIAN = CueLists.loadList("/entities/given-names-fa.txt");
  private static final Set<String> ENGLISH = CueLists.loadList("/entities/given-names-en.txt");
  /** Several to a line; the same file feeds the Arabic tagger's word-list feature (GIVEN). */
  private static final Set<String> ARABIC = CueLists.loadWords("/models/given-names-ar.txt");

  private GivenNames() {}

  /** Persian given names (امیر، حسین), keys in {@link io.newswire.normalization.MatchingForm}. */
  public static Set<String> persian() {
    return PERSIAN;
  }

  private static final String MOHAMMAD = io.newswire.normalization.MatchingForm.key("محمد");

  /** محمدعلی، محمدحسن (a key): two Persian given names written as one, محمد glued to the second. */
  public static boolean persianAfterMohammad(String key) {
    return key.length() > MOHAMMAD.length() + 1 && key.startsWith(MOHAMMAD) && PERSIAN.contains(key.substring(MOHAMMAD.length()));
  }

  private static final String ALI = io.newswire.normalization.MatchingForm.key("علی");

  /**
   * قاسمعلی، حسنعلی (a key): a listed given name glued to علی, one compound given name (as محمدعلی). The first
   * name has three letters or more, so words in -علی (فعلی current, جعلی forged) stay out.
   */
  public static boolean persianBeforeAli(String key) {
    return key.length() >= ALI.length() + 3 && key.endsWith(ALI) && PERSIAN.contains(key.substring(0, key.length() - ALI.length()));
  }

  /** Arabic given names (محمد، عبدالله) and foreign ones as Arabic papers spell them, in matching form. */
  public static Set<String> arabic() {
    return ARABIC;
  }

  /** English and international given names, lower case. */
  public static Set<String> english() {
    return ENGLISH;
  }
}
