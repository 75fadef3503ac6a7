package io.newswire.enrich.entities.link;

/**
 * A name word without the long-vowel letters inside it: Arabic and Persian copy write a foreign or a
 * given name's vowels or leave them out (فرانسوا and فرنسوا for François, ويرا and وییرا), so two spellings
 * of one name differ only there. The first and last letters stay: they are consonants or endings that tell
 * names apart (حسني is not حسان).
 */
public final class VowelLetters {
  private VowelLetters() {}

  /** {@code word} (matching form) without its inner ا, و, ي and hamza seats. */
  public static String skeleton(String word) {
    int n = word.length();
    if (n <= 2) {
      return word;
    }
    StringBuilder b = null;
    for (int i = 1; i < n - 1; i++) {
      char c = word.charAt(i);
      boolean vowel = ForeignNames.arabicVowelLetter(c) || c == 'ئ' || c == 'ؤ' || c == 'ء';
      if (vowel && b == null) {
        b = new StringBuilder(n).append(word, 0, i);
      } else if (!vowel && b != null) {
        b.append(c);
      }
    }
    return b == null ? word : b.append(word.charAt(n - 1)).toString();
  }
}
