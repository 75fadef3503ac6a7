package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.ner.Tokenizer.Token;
import java.util.List;

/**
 * Arabic written with its short vowels, as Persian dispatches quote a Quranic verse or a hadith
 * (لَا تَقْرَبُوا مَالَ الْیَتِیمِ، عَلَى لِسَانِ …). Persian prose marks a vowel once in a while to help a reader
 * (بیِژن، صدّام), never twice in a word; and a word with tanwin (قطعاً، کاملاً) is an Arabic adverb. Such words
 * are no Persian name, and a given name standing among them (عَلَى "on" read as Ali, مَال) is the verse's word.
 */
final class VowelledArabic {
  private VowelledArabic() {}

  /** Whether a word of [i, end) or the word on either side of it is vowelled Arabic. */
  static boolean around(List<Token> s, int i, int end) {
    for (int k = Math.max(0, i - 1); k <= end && k < s.size(); k++) {
      if (vowelled(s.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** Two or more short vowels or sukun (fatha, damma, kasra: U+064E-U+0652 without shadda), or any tanwin. */
  static boolean vowelled(String word) {
    int marks = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c >= '\u064B' && c <= '\u064D') {
        return true; // tanwin
      }
      if ((c >= '\u064E' && c <= '\u0650' || c == '\u0652') && ++marks >= 2) {
        return true;
      }
    }
    return false;
  }
}
