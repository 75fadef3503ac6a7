package io.newswire.enrich.entities;

import io.newswire.text.StringMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A list of Arabic words (matching-form keys) read with a glued و/ب/ف/ل allowed: والمطربة is و + المطربة, and
 * للفنان is ل + الفنان with the article's alef dropped. Every accepted form is listed once, when the list is made,
 * so a token asked per word is one lookup and no cut of its clitic.
 */
final class CliticWords {
  private static final String CLITICS = "وبفل";

  /** Asked per token, most often of a word not in the list: a {@link StringMap} reads only its hash array then. */
  private final StringMap<String> wordOf;

  CliticWords(Set<String> words) {
    Map<String, String> wordOf = new HashMap<>();
    // the word itself wins over a clitic reading of it, and ل + word over ل + (ا)word
    for (String w : words) {
      wordOf.put(w, w);
    }
    for (String w : words) {
      for (char c : CLITICS.toCharArray()) {
        if (w.length() + 1 > 3) {
          wordOf.putIfAbsent(c + w, w);
        }
      }
    }
    for (String w : words) {
      if (w.startsWith("ال") && w.length() > 3) {
        for (char c : CLITICS.toCharArray()) {
          wordOf.putIfAbsent(c + w.substring(1), w);
        }
      }
    }
    this.wordOf = StringMap.copyOf(wordOf);
  }

  /** The word of the list that {@code key} is, a glued و/ب/ف/ل allowed (longer than three letters then), or null. */
  String word(String key) {
    return wordOf.get(key);
  }
}
