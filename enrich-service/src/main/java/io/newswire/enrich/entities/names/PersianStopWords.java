package io.newswire.enrich.entities.names;

import io.newswire.text.StringSet;
import java.util.HashSet;
import java.util.Set;

/** The words that end a Persian name (function words, verbs, time words), the [stop] and [predicate] lists of fa-cues.txt. */
public final class PersianStopWords {
  private static final Set<String> STOP = words("stop", "predicate");

  private PersianStopWords() {}

  private static Set<String> words(String... sections) {
    Set<String> all = new HashSet<>();
    for (String s : sections) {
      all.addAll(CueLists.persian().get(s));
    }
    return StringSet.copyOf(all);
  }

  /** Whether {@code key} (a word's matching form) ends a name. */
  public static boolean contains(String key) {
    return STOP.contains(key);
  }
}
