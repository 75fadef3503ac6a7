package io.newswire.enrich.entities.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The letters after a name, read in place: Persian ها/های and the ezafe ی after a long vowel only. */
class EncliticTest {
  private static boolean after(String word, int nameLength, String language) {
    return Clitics.isEnclitic(word, 0, nameLength, word.length(), language);
  }

  @Test
  void pluralAndEzafeFollowANameInPersianOnly() {
    assertTrue(after("لندن", 4, "fa")); // nothing after the name
    assertTrue(after("لندن", 4, "en"));
    assertTrue(after("لندنها", 4, "fa"));
    assertTrue(after("لندنهاي", 4, "fa"));
    assertFalse(after("لندنهاي", 4, "ar"));
    assertTrue(after("اروپاي", 5, "fa")); // ezafe after a long vowel
    assertTrue(after("كانادوي", 6, "fa"));
    assertFalse(after("ايراني", 5, "fa")); // the nisba adjective
    assertFalse(after("ي", 0, "fa")); // no name before it
    assertFalse(after("لندنيها", 4, "fa"));
    assertTrue(Clitics.isEnclitic("في لندنها امس", 3, 7, 9, "fa")); // inside a longer text
  }
}
