package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Round 58 (issue 13): a Latin word's opening chr keys as kr, the k Arabic and Persian copy write there, so an English
 * Christie and the كريستي of Arabic copy share one key (and one person id). Names written for these tests.
 */
class CrossScriptNameRound58Test {

  @Test
  void anOpeningChrKeysAsTheKArabicAndPersianCopyWrite() {
    assertEquals(CrossScriptName.key("Julie Christie"), CrossScriptName.key("جولي كريستي"));
    assertEquals(CrossScriptName.key("Christie"), CrossScriptName.key("Cristie"), "the two English spellings meet");
    assertEquals(CrossScriptName.key("Christopher"), CrossScriptName.key("کریستوفر"), "Persian copy too");
    assertEquals("krslr", CrossScriptName.key("Chrysler"));
  }

  @Test
  void chElsewhereStaysTheSoundItWas() {
    assertEquals("jd", CrossScriptName.key("Chad"), "an opening ch before a vowel is no chr");
    assertEquals(CrossScriptName.key("Richard"), CrossScriptName.key("ريتشارد"), "ch inside a word keys as before");
    assertNotEquals(CrossScriptName.key("Christie"), CrossScriptName.key("Richie"));
  }
}
