package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Round 17: Arabic name words that Wikidata spells several ways (Saif, Seif, Sayf) take the most frequent
 * spelling of their dominant family instead of falling to the letter rules (Sif, Tofeq).
 */
class CrossScriptNameRound17Test {
  @Test
  void aNameSpeltSeveralWaysTakesItsFamilysCommonestSpelling() {
    assertEquals("Yahya bin Saif", CrossScriptName.romanize("يحيى بن سيف", "ar"));
    assertEquals("Tawfiq", CrossScriptName.romanize("توفيق", "ar"));
  }

  @Test
  void aPersianWordLooksUpArabicSpellingsOnlyWhereTheyKeepItsLetters() {
    // بور is Burr in Wikidata's Arabic names; the Persian suffix پور is no Burr, while پیتر is still Peter
    assertEquals("Behzad Kavehpour", CrossScriptName.romanize("بهزاد کاوه‌پور", "fa"));
    assertEquals("Peter", CrossScriptName.romanize("پیتر", "fa"));
  }
}
