package io.newswire.enrich.entities;

import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;

/**
 * Round 50b: a circumstantial accusative (حال) right after a name (وجد المحلفون هولمز مذنبا، تمتم يوسف بك معتذرا،
 * تعيين الملا منصور زعيما) is read by the model as the name's last word. Undiacritised, it is told by the tanween's
 * alif on a participle or adjective shape: م and two to four letters with no long vowel (مذنبا، معتذرا)، فعيل
 * (زعيما، حزينا) and فاعل (خارجا، حاضرا). Foreign surnames written letter by letter can take the فاعل shape too
 * (تاماس فارجا، روبن شارما), so that one counts only after a listed Arabic given name (ضياء خارجا).
 */
final class CircumstantialTails {
  private static final String LONG_VOWELS = "اآوىية";

  private CircumstantialTails() {}

  /** {@code word} closes no name: a حال after {@code before}, the name's word just before it. */
  static boolean accusativeAfter(String before, String word) {
    String w = MatchingForm.key(word);
    int n = w.length();
    if (n < 5 || w.charAt(n - 1) != 'ا' || GivenNames.arabic().contains(w)) {
      return false;
    }
    if (w.charAt(0) == 'م' && n <= 7 && plainLetters(w, 1, n - 1)) {
      return true; // مفعِل، مفتعِل، مستفعِل
    }
    if (n != 5 || !plainLetters(w, 0, 1) || !plainLetters(w, 3, 4)) {
      return false;
    }
    if (w.charAt(2) == 'ي' && plainLetters(w, 1, 2)) {
      return true; // فعيل
    }
    return w.charAt(1) == 'ا' && plainLetters(w, 2, 3) && GivenNames.arabic().contains(MatchingForm.key(before)); // فاعل
  }

  private static boolean plainLetters(String w, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = w.charAt(k);
      if (c < 0x621 || c > 0x64a || LONG_VOWELS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
