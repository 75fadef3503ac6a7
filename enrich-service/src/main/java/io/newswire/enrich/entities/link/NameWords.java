package io.newswire.enrich.entities.link;

import java.util.HashMap;
import java.util.Map;

/**
 * English spellings of single Arabic and Persian name words learned from the knowledge base's aligned
 * names ({@code /kb/generated/name-words.tsv}, built by {@code kb.NameWordsBuilder}; ODbL): the most
 * frequent spelling per word, one for Arabic names and one for Persian names. Loaded on first use.
 * Keys are in the matching form, without the article ال.
 */
final class NameWords {
  private NameWords() {}

  private static final class Holder {
    static final Map<String, String[]> TABLE = load();
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> out = new HashMap<>(8192);
    for (String[] r : TsvRows.of("/kb/generated/name-words.tsv")) {
      if (r.length >= 3) {
        out.put(r[0], new String[] {r[1].isEmpty() ? null : r[1], r[2].isEmpty() ? null : r[2]});
      }
    }
    return out;
  }

  /** The learned spelling of one word (matching form, no article), or null. */
  static String spelling(String word, boolean persian) {
    String[] s = Holder.TABLE.get(word);
    return s == null ? null : s[persian ? 1 : 0];
  }

  /**
   * A learned spelling, or for a nisba (the word and a final ي) its stem's spelling and -i when the stem
   * ends in a consonant: قحطاني Qahtani from قحطان Qahtan.
   */
  static String spellingOrNisba(String word, boolean persian) {
    String s = spelling(word, persian);
    if (s != null || word.length() < 4 || word.charAt(word.length() - 1) != 'ي') {
      return s;
    }
    String stem = spelling(word.substring(0, word.length() - 1), persian);
    if (stem == null || stem.length() < 3 || "aeiouy".indexOf(stem.charAt(stem.length() - 1)) >= 0 || stem.endsWith("h")) {
      return null;
    }
    return stem + "i";
  }

  static int size() {
    return Holder.TABLE.size();
  }
}
