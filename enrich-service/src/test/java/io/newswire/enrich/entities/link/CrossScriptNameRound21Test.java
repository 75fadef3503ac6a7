package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 21: foreign given names that Arabic writes with ف for v and ج for a soft g are in the Wikidata word
 * table (George, not Jorj), and a word opening with a hamza-written alef and lam has no article (Alex, not
 * al-Yaks).
 */
class CrossScriptNameRound21Test {
  @Test
  void foreignNamesWithVAndSoftGTakeTheirEnglishSpelling() {
    assertEquals("George", CrossScriptName.romanize("جورج", "ar"));
    assertEquals("Vincent", CrossScriptName.romanize("فنسنت", "ar"));
    assertEquals("Ivanov", CrossScriptName.romanize("ايفانوف", "ar"));
  }

  @Test
  void aHamzaAlefAndLamIsNoArticle() {
    assertEquals("Alex", CrossScriptName.romanize("أليكس", "ar"));
    assertEquals("Alberto", CrossScriptName.romanize("ألبرتو", "ar"));
    // the same letters with a plain alef are the article and a stem
    assertTrue(CrossScriptName.romanize("البرتو", "ar").startsWith("al-"), CrossScriptName.romanize("البرتو", "ar"));
    // a word the table lacks is read whole by its letters, not as al- and a stem
    assertFalse(CrossScriptName.romanize("ألمورانو", "ar").startsWith("al-"), CrossScriptName.romanize("ألمورانو", "ar"));
  }

  @Test
  void theKeyOfAHamzaWordKeepsItsLam() {
    assertEquals(CrossScriptName.key("Alex"), CrossScriptName.key("أليكس"));
    assertEquals(CrossScriptName.key("الراشد"), CrossScriptName.key("راشد")); // the article still goes
  }
}
