package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Round 53: an English surname's final s that Arabic copy writes ز after a vowel and m or n keys as s (issue 13). */
class CrossScriptNameRound53Test {
  @Test
  void finalZehAfterVowelAndNasalKeysAsEnglishS() {
    assertEquals(CrossScriptName.key("Rowan Williams"), CrossScriptName.key("روان ويليامز"));
    assertEquals(CrossScriptName.key("Sarah Jones"), CrossScriptName.key("سارة جونز"));
    assertEquals(CrossScriptName.key("Mark Collins"), CrossScriptName.key("مارك كولينز"));
  }

  @Test
  void arabicNamesEndingInZehKeepIt() {
    // Hormuz (no vowel letter before the m) and Aziz, Fayez (no m or n before the z) key as English copy spells them
    assertEquals(CrossScriptName.key("Hormuz"), CrossScriptName.key("هرمز"));
    assertEquals(CrossScriptName.key("Abdulaziz Fayez"), CrossScriptName.key("عبدالعزيز فايز"));
    assertEquals(CrossScriptName.key("Ramez Khalil"), CrossScriptName.key("رامز خليل"));
    assertNotEquals(CrossScriptName.key("Kans"), CrossScriptName.key("كنز"));
  }
}
