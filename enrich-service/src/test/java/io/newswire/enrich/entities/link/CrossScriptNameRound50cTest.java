package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Round 50c: Arabic تش for a foreign ch keys as the English ch and the Persian چ do (issue 13). */
class CrossScriptNameRound50cTest {
  @Test
  void arabicTehSheenMeetsEnglishChAndPersianChe() {
    String en = CrossScriptName.key("Richard Bachman");
    assertEquals(en, CrossScriptName.key("ريتشارد باتشمان"));
    assertEquals(en, CrossScriptName.key("ریچارد باچمن"));
    assertEquals(CrossScriptName.key("Archie Thatcher"), CrossScriptName.key("آرتشي ثاتشر"));
  }

  @Test
  void aWordOpeningWithTehSheenKeepsItsTAndSh() {
    assertEquals(CrossScriptName.key("Tashu Ken"), CrossScriptName.key("تشو كن"));
  }

  @Test
  void persianTehSheenStaysTAndSh() {
    // Persian copy writes ch as چ, so its تش is t + sh, as in Tashakori
    assertEquals(CrossScriptName.key("Reza Tashakori"), CrossScriptName.key("رضا تشکری"));
    assertNotEquals(CrossScriptName.key("Reza Chakori"), CrossScriptName.key("رضا تشکری"));
  }
}
