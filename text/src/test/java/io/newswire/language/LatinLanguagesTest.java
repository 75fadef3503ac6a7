package io.newswire.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LatinLanguagesTest {
  @Test
  void plainEnglishProseIsEnglish() {
    assertTrue(LatinLanguages.plainlyEnglish(
        "The minister said on Monday that the talks with the unions were over and that a deal would follow."));
  }

  @Test
  void frenchAndShortTextsAreNotPlainlyEnglish() {
    assertFalse(LatinLanguages.plainlyEnglish(
        "Le ministre a déclaré lundi que les négociations avec les syndicats étaient terminées et qu'un accord suivrait."));
    assertFalse(LatinLanguages.plainlyEnglish("The port of Rotterdam said it was reopening."));
  }

  /** Words are runs of letters as the regex \p{L}+ found them (supplementary letters, İ, digits, marks). */
  @Test
  void wordsAreCountedAsTheRegexCountedThem() {
    String[] texts = {
        "THE MINISTER SAID THAT THE TALKS WITH THE UNIONS WERE OVER AND THAT IT WAS DONE",
        "İt was the end of the talks, said the minister; the unions were told that it had been 12th-hour work",
        "\uD801\uDC00the \uD801\uDC00 of and to that was for with said from by his has were are x2y the",
        "the-of-and to’that was\u0301 for with said from by his has were are which this would",
        "Thethe ofof andand to that was for with said from by his has were are which this would been",
        "",
        "12 34 56 !!",
    };
    for (String t : texts) {
      assertEquals(byRegex(t), LatinLanguages.plainlyEnglish(t), t);
    }
  }

  private static final Set<String> CORE = Set.of("the", "of", "and", "to", "that", "was", "for", "with", "said",
      "from", "by", "his", "has", "were", "are", "which", "this", "would", "been", "their", "they", "who", "its", "it",
      "had", "she", "but", "not", "after", "more", "than", "says", "told");

  private static boolean byRegex(String sample) {
    int words = 0;
    int english = 0;
    Matcher m = Pattern.compile("\\p{L}+").matcher(sample);
    while (m.find()) {
      words++;
      if (CORE.contains(m.group().toLowerCase(Locale.ROOT))) {
        english++;
      }
    }
    return words >= 12 && english * 5 >= words;
  }
}
