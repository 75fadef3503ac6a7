package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.schema.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Round 57 (issue 13): the one factory of the Arabic rules' persons the KB lacks. Names invented or general
 * words of the language.
 */
class CrossScriptIdPersonTest {
  @Test
  void aRulesPersonHasThePersonsIdAndAPersonsSpelling() {
    Mention m = CrossScriptId.arabicPerson(2, 5, 16, "فهد القحيطي");
    assertEquals(new Mention(2, 5, 16, CrossScriptId.person("فهد القحيطي"), EntityType.PERSON, "Fahd al-Quhaiti", false), m);
    // the Gulf diminutive a person's family name takes (the place flag some rules passed kept the letters' reading)
    assertEquals(CrossScriptName.romanizePerson("فهد القحيطي", "ar"), m.name());
  }

  @Test
  void aWordThatIsNoDiminutiveKeepsItsReading() {
    assertEquals("Fahd al-Khatib", CrossScriptId.arabicPerson(0, 0, 10, "فهد الخطيب").name());
    assertFalse(CrossScriptId.arabicPerson(0, 0, 10, "فهد الخطيب").role());
  }
}
