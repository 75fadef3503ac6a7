package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.FieldText;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words an article writes in lower case (a run of letters opening with a lower-case one), asked one word at a
 * time: a capital on one of them at a sentence start is not a name. Few words are ever asked per article, so the
 * fields are searched for the asked word instead of cutting every lower-case word of the article into a set. The same
 * search tells whether a capitalised word stands alone somewhere ({@link #standsAlone}).
 */
final class LowerCaseWords {
  private final List<FieldText> fields;

  LowerCaseWords(List<FieldText> fields) {
    this.fields = fields;
  }

  /** Whether some field holds {@code word} as a whole run of letters that opens with a lower-case letter. */
  boolean contains(String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false; // a run of letters never holds another char
      }
    }
    for (FieldText f : fields) {
      String d = f.display();
      for (int at = d.indexOf(word); at >= 0; at = d.indexOf(word, at + 1)) {
        int end = at + word.length();
        if ((at == 0 || !Character.isLetter(d.charAt(at - 1))) && (end == d.length() || !Character.isLetter(d.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether some field holds {@code word} (exact case) as a word of its own: after a lower-case word, a listed title,
   * punctuation or the field's start, and before no capitalised word. A surname comes back so (Ivanovic beat
   * Czink, Mr Crosby said); a body's last word mostly after other capitals (the Radio Orchestra, the US Air Force).
   */
  boolean standsAlone(String word, Set<String> titles) {
    if (word.isEmpty()) {
      return false;
    }
    for (FieldText f : fields) {
      String d = f.display();
      for (int at = d.indexOf(word); at >= 0; at = d.indexOf(word, at + 1)) {
        int end = at + word.length();
        if (at > 0 && Character.isLetter(d.charAt(at - 1)) || end < d.length() && Character.isLetter(d.charAt(end))) {
          continue;
        }
        if (aloneBefore(d, at, titles) && !capitalAfter(d, end)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean aloneBefore(String d, int at, Set<String> titles) {
    int k = at;
    while (k > 0 && d.charAt(k - 1) == ' ') {
      k--;
    }
    if (k == 0 || !Character.isLetter(d.charAt(k - 1))) {
      return true;
    }
    int from = k;
    while (from > 0 && Character.isLetter(d.charAt(from - 1))) {
      from--;
    }
    String prev = d.substring(from, k);
    return Character.isLowerCase(prev.charAt(0)) || titles.contains(prev.toLowerCase(Locale.ROOT));
  }

  private static boolean capitalAfter(String d, int end) {
    int k = end;
    while (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    return k < d.length() && Character.isUpperCase(d.charAt(k));
  }
}
