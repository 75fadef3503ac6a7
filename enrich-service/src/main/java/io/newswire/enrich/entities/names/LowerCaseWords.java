package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.FieldText;
import java.util.List;

/**
 * The words an article writes in lower case (a run of letters opening with a lower-case one), asked one word at a
 * time: a capital on one of them at a sentence start is not a name. Few words are ever asked per article, so the
 * fields are searched for the asked word instead of cutting every lower-case word of the article into a set.
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
}
