package io.newswire.enrich.entities.names;

import java.util.Set;

/** The words that end a Persian name (function words, verbs, time words), the [stop] list of fa-cues.txt. */
public final class PersianStopWords {
  private static final Set<String> STOP = CueLists.persian().get("stop");

  private PersianStopWords() {}

  /** Whether {@code key} (a word's matching form) ends a name. */
  public static boolean contains(String key) {
    return STOP.contains(key);
  }
}
