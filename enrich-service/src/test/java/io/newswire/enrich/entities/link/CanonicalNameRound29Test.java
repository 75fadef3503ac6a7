package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Round 29 (issue 13): canonical English names of Arabic and Persian entities. Names below are invented
 * or general words of the language.
 */
class CanonicalNameRound29Test {
  @Test
  void aGulfNisbaOrAnNameOfDiminutiveShapeIsSpeltUAi() {
    assertEquals("Fahd al-Quhaiti", CrossScriptName.romanize("فهد القحيطي", "ar"));
    assertEquals("al-Khunaifan", CrossScriptName.romanize("الخنيفان", "ar"));
    assertEquals("al-Ojaimi", CrossScriptName.romanize("العجيمي", "ar")); // o after an opening ain
    assertEquals("thuwaini", Diminutives.spell("ثويني")); // و as the second consonant
  }

  @Test
  void aFailWordOrAKnownBaseKeepsItsReading() {
    assertEquals("al-Rashidi", CrossScriptName.romanize("الرشيدي", "ar")); // the nisba of the given name Rashid
    assertEquals("al-Khatib", CrossScriptName.romanize("الخطيب", "ar")); // a bare فعيل: the preacher, not a diminutive
    assertEquals("Saad al-Hariri", CrossScriptName.romanize("سعد الحريري", "ar")); // in the hand table
    assertNull(Diminutives.spell("قحطاني")); // no yeh in the diminutive's place
    assertEquals(false, CrossScriptName.romanize("فهد القحيطي", "fa").endsWith("Quhaiti")); // Persian copy: not the Gulf's convention
  }
}
