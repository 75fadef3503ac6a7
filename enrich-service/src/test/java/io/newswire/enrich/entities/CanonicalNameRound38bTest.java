package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.CrossScriptName;
import org.junit.jupiter.api.Test;

/**
 * Round 38b (issue 13): Persian surnames in -آبادی as one word after a given name, and Persian name words as
 * Iranian agencies spell them (Eshaghi, Hedayati, Amirhossein, Homayoun, Mokhber, Shahroudi, Chalabi, Moghaddam,
 * Aghaei, Jahanbakhsh, Beiranvand).
 * Names written for these tests, no pool text.
 */
class CanonicalNameRound38bTest {
  @Test
  void anAbadiSurnameIsOneWord() {
    assertEquals("Karim Firouzabadi", CrossScriptName.romanizePerson("کریم فیروز آبادی", "fa")); // apart
    assertEquals("Hamid Hosseinabadi", CrossScriptName.romanizePerson("حمید حسین‌آبادی", "fa")); // ZWNJ
    assertEquals("Hamid Abadi", CrossScriptName.romanizePerson("حمید آبادی", "fa")); // a given name and Abadi
  }

  @Test
  void arabicCopyKeepsAbadiApart() {
    assertEquals(3, CrossScriptName.romanizePerson("كريم فيروز آبادي", "ar").split(" ").length);
  }

  @Test
  void persianNameWordsAsTheAgenciesSpellThem() {
    assertEquals("Amirhossein Eshaghi", CrossScriptName.romanizePerson("امیرحسین اسحاقی", "fa"));
    assertEquals("Karim Hedayati", CrossScriptName.romanizePerson("کریم هدایتی", "fa")); // the nisba of Hedayat
    assertEquals("Homayoun Mokhber", CrossScriptName.romanizePerson("همایون مخبر", "fa"));
    assertEquals("Ali Hosseini Shahroudi", CrossScriptName.romanizePerson("علی حسینی شاهرودی", "fa"));
    assertEquals("Reza Akbari Moghaddam", CrossScriptName.romanizePerson("رضا اکبری مقدم", "fa"));
    assertEquals("Hassan Chalabi", CrossScriptName.romanizePerson("حسن چلبی", "fa"));
  }

  @Test
  void threeFrequentSurnamesWithTheirVowels() {
    assertEquals("Karim Aghaei", CrossScriptName.romanizePerson("کریم آقایی", "fa"));
    assertEquals("Hassan Jahanbakhsh", CrossScriptName.romanizePerson("حسن جهانبخش", "fa"));
    assertEquals("Reza Beiranvand", CrossScriptName.romanizePerson("رضا بیرانوند", "fa"));
  }
}
