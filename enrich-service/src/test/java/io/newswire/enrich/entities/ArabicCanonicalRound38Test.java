package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.CrossScriptName;
import org.junit.jupiter.api.Test;

/**
 * Round 38 (issue 13, Arabic): a Gulf family name of diminutive shape closing a chain with بن, a heh as
 * the diminutive's middle consonant, and the Saudi family name المولد as the Saudi press spells it.
 * Sentences written for these tests, no pool text.
 */
class ArabicCanonicalRound38Test {
  @Test
  void aBareDiminutiveClosingAChainIsTheFamilyName() {
    assertEquals("Khalid bin Fahd al-Nuqair", CrossScriptName.romanizePerson("خالد بن فهد النقير", "ar"));
    assertEquals("Salman bin Ali al-Khuzaim", CrossScriptName.romanizePerson("سلمان بن علي الخزيم", "ar"));
  }

  @Test
  void aBareFaeelWithoutAChainIsLeftAsItWas() {
    // outside a بن chain the same shape is as often a common word or a Levantine family name
    assertEquals("Yasser Omar al-Khatib", CrossScriptName.romanizePerson("ياسر عمر الخطيب", "ar"));
    assertEquals("Abu al-Aris", CrossScriptName.romanizePerson("أبو العريس", "ar"));
    assertEquals("al-Naqir", CrossScriptName.romanizePerson("النقير", "ar"));
  }

  @Test
  void aHehBetweenTheConsonantsIsOne() {
    assertEquals("Nasser al-Duhaimi", CrossScriptName.romanizePerson("ناصر الدهيمي", "ar"));
    assertEquals("Khalid bin Saad al-Fuhaid", CrossScriptName.romanizePerson("خالد بن سعد الفهيد", "ar"));
  }

  @Test
  void theSaudiFamilyNameMuwallad() {
    assertEquals("Hamad al-Muwallad", CrossScriptName.romanizePerson("حمد المولد", "ar"));
  }
}
