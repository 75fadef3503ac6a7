package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, round 10: foreign names spelled as Wikidata's Arabic labels spell them
 * ({@code kb/generated/name-words-wikidata.tsv}); the names are chosen for these tests.
 */
class CrossScriptNameRound10Test {
  @Test
  void foreignPeopleInArabicCopyAreSpelledAsTheirOwnNames() {
    assertEquals("Jorge Mendes", CrossScriptName.romanize("خورخي مينديز", "ar"));
    assertEquals("Pablo Rodriguez", CrossScriptName.romanize("بابلو رودريغيز", "ar"));
    assertEquals("Steve Gordon", CrossScriptName.romanize("ستيف غوردون", "ar"));
  }

  @Test
  void persianLettersAreLookedUpAsArabicWritesThem() {
    // پ is ب in Wikidata's Arabic names, چ تش, گ غ
    assertEquals("Patrick", NameWords.wikidata("پاتريك", true));
    assertEquals("Pablo", NameWords.wikidata("پابلو", true));
    assertEquals("Gordon", NameWords.wikidata("گوردون", true));
    assertNull(NameWords.wikidata("پاتريك", false), "Arabic copy does not write پ");
    assertEquals("Mehdi Zare", CrossScriptName.romanize("مهدی زارع", "fa"), "a final ain keeps the Persian convention");
    assertTrue(CrossScriptName.romanize("پاتریک", "fa").equals("Patrick"), CrossScriptName.romanize("پاتریک", "fa"));
  }

  @Test
  void theHandTableAndTheKnowledgeBaseWordsComeFirstAndArticleStemsAreNotLookedUp() {
    assertEquals("Mohammed", CrossScriptName.romanize("محمد", "ar"), "the hand table's Arabic spelling, not Wikidata's Mohamed");
    assertEquals("Nour al-Din", CrossScriptName.romanize("نور الدين", "ar"), "not al-Dean: an article's stem is an Arabic word");
  }

  @Test
  void theTableIsLoaded() {
    assertTrue(NameWords.wikidataSize() > 5000, "size " + NameWords.wikidataSize());
  }
}
