package io.newswire.enrich.entities.ner;

/** Test access to the package-private check of {@link EnglishModelNames} that round 9 added. */
public final class EnglishModelNamesRound9 {
  private EnglishModelNamesRound9() {}

  public static boolean oneOrganisation(String[] words, int i) {
    return EnglishModelNames.singleWordName(words, i, io.newswire.schema.EntityType.ORGANIZATION);
  }

  public static boolean verbAfter(String[] words, int i) {
    return EnglishModelNames.verbAfter(words, i);
  }
}
