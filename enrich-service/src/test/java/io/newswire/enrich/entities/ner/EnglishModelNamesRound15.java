package io.newswire.enrich.entities.ner;

/** Access for {@code EnglishEntityRound15Test} to the package-private checks of {@link EnglishModelNames}. */
public final class EnglishModelNamesRound15 {
  private EnglishModelNamesRound15() {}

  /** {@link EnglishModelNames#possessiveThenLower} after the sentence's word {@code i}. */
  public static boolean possessiveThenLower(String sentence, int i) {
    return EnglishModelNames.possessiveThenLower(sentence.split(" "), i + 1);
  }
}
