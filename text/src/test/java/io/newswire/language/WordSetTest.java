package io.newswire.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
  private final WordSet persian = new WordSet(Set.of("این", "که", "گفت", "شهرستان"));

  @Test
  void asksAboutARangeOfTheTextInPlace() {
    String text = "وزیر گفت که این طرح";
    int at = text.indexOf("گفت");
    assertTrue(persian.contains(text, at, at + 3));
    assertFalse(persian.contains(text, at, at + 2), "a prefix of a word is not the word");
    assertFalse(persian.contains(text, 0, 4), "وزیر is not in the set");
  }

  @Test
  void foldsArabicKeyboardSpellingsOnlyWhenAsked() {
    // Persian typed on an Arabic keyboard: ك for ک and ي for ی.
    String text = "وقال انه كه اين";
    int ke = text.indexOf("كه");
    int in = text.indexOf("اين");
    assertFalse(persian.contains(text, ke, ke + 2));
    assertTrue(persian.containsFolded(text, ke, ke + 2));
    assertTrue(persian.containsFolded(text, in, in + 3));
    assertFalse(persian.containsFolded(text, 0, 4), "وقال");
  }

  @Test
  void holdsEveryWordOfALargerSet() {
    Set<String> words = Set.of("في", "من", "على", "إلى", "الذي", "التي", "كان", "كانت", "قد", "لم", "لن", "ما", "لا",
        "بين", "حيث", "أو", "كما", "بعد", "قبل", "عند", "حتى", "خلال", "منذ", "هو", "هي");
    WordSet set = new WordSet(words);
    for (String w : words) {
      String text = "  " + w + " ";
      assertTrue(set.contains(text, 2, 2 + w.length()), w);
    }
    assertFalse(set.contains("فيه", 0, 3));
  }
}
