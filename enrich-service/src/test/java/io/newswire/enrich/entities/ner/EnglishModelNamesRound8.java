package io.newswire.enrich.entities.ner;

import io.newswire.schema.EntityType;

/** Test access to the package-private checks of {@link EnglishModelNames} that round 8 added. */
public final class EnglishModelNamesRound8 {
  private EnglishModelNamesRound8() {}

  public static boolean onePersonContext(String[] words, int i) {
    return EnglishModelNames.onePersonContext(words, i);
  }

  public static boolean code(String w) {
    return EnglishModelNames.code(w);
  }

  public static boolean onePlace(String[] words, int i) {
    return EnglishModelNames.singleWordName(words, i, EntityType.PLACE);
  }
}
