package io.newswire.enrich.entities.names;

import java.util.Set;

/** The shipped given-name lists, in matching form (loaded once). */
public final class GivenNames {
  private static final Set<String> PERSIAN = CueLists.loadList("/entities/given-names-fa.txt");
  private static final Set<String> ENGLISH = CueLists.loadList("/entities/given-names-en.txt");

  private GivenNames() {}

  /** Persian given names (امیر، حسین), keys in {@link io.newswire.normalization.MatchingForm}. */
  public static Set<String> persian() {
    return PERSIAN;
  }

  /** English and international given names, lower case. */
  public static Set<String> english() {
    return ENGLISH;
  }
}
