package io.newswire.enrich.entities.link;

/**
 * The Persian press's spelling of a name word whose English spelling came from an Arabic-leaning source
 * (Wikidata's personal names, the knowledge base's aligned names): Persian copy names Iranians, and the
 * Persian desk writes ق gh (Gholipour, not Qolipour; Ghazi), ث s (Sani, not Thani), ذ ظ ض z, a consonant و v
 * before a or e (Vasfi, not Wasfi; not William), a short u o (Sobhani, Shokrollah), a long و ou where the source
 * wrote oo (Pouladi, Houshang: 77 of the Persian files' name words with the vowel write ou, 9 oo) and a final ه eh
 * (Khadijeh).
 * The letters of the word itself say which Latin letters those are: a th is ث only in a word that has one, a u is
 * short only when the word has no و left for a long vowel. One pass, no allocation when nothing changes.
 */
final class PersianDesk {
  private PersianDesk() {}

  /** {@code english} (the spelling of {@code word}, Arabic script in the matching form) as the Persian desk writes it. */
  static String respell(String word, String english) {
    if (english == null || english.isEmpty() || word.isEmpty()) {
      return english;
    }
    boolean tha = word.indexOf('\u062B') >= 0; // ث
    boolean zeds = word.indexOf('\u0630') >= 0 || word.indexOf('\u0638') >= 0 || word.indexOf('\u0636') >= 0; // ذ ظ ض
    int waws = 0;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) == '\u0648') {
        waws++;
      }
    }
    int consonantW = 0;
    for (int i = 0; i + 1 < english.length(); i++) {
      if ((english.charAt(i) == 'w' || english.charAt(i) == 'W') && vowel(english.charAt(i + 1))) { // a consonant و
        consonantW++;
      }
    }
    boolean shortU = waws - Math.min(waws, consonantW) == 0; // no و left for a long u: every u is short
    StringBuilder b = null;
    int n = english.length();
    for (int i = 0; i < n; i++) {
      char c = english.charAt(i);
      char lower = Character.toLowerCase(c);
      boolean upper = c != lower;
      char next = i + 1 < n ? Character.toLowerCase(english.charAt(i + 1)) : 0;
      String r = null;
      int used = 1;
      if (lower == 'q') {
        r = upper ? "Gh" : "gh";
      } else if (lower == 't' && next == 'h' && tha) {
        r = upper ? "S" : "s";
        used = 2;
      } else if (lower == 'd' && next == 'h' && zeds) {
        r = upper ? "Z" : "z";
        used = 2;
      } else if (lower == 'w' && waws > 0 && (next == 'a' || next == 'e') && (i == 0 || "wo".indexOf(Character.toLowerCase(english.charAt(i - 1))) < 0)) {
        // not wi, wo (William, World), a doubled ww (Awwad, an Arab name) nor ow (Powell)
        r = upper ? "V" : "v";
      } else if (lower == 'o' && next == 'o' && waws > 0) {
        r = upper ? "Ou" : "ou";
        used = 2;
      } else if (lower == 'u' && shortU && (i == 0 || Character.toLowerCase(english.charAt(i - 1)) != 'o')) {
        r = upper ? "O" : "o";
      } else if (lower == 'a' && i == n - 1 && i > 1 && word.charAt(word.length() - 1) == '\u0647') {
        r = "eh"; // a final ه: Hamzeh, not Hamza
      }
      if (r != null && b == null) {
        b = new StringBuilder(n + 2).append(english, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(english, i, i + used);
        }
      }
      i += used - 1;
    }
    return b == null ? english : b.toString();
  }

  private static boolean vowel(char c) {
    return "aeiouAEIOU".indexOf(c) >= 0;
  }
}
