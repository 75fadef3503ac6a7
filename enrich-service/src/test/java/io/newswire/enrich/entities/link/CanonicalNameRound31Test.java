package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Round 31 (issue 13): canonical English names of Arabic and Persian entities. Names below are given
 * names and surnames of the language, no pool text.
 */
class CanonicalNameRound31Test {
  @Test
  void aPersianSurnameInYehIsItsListedStemAsThePersianPressSpellsItAndI() {
    assertEquals("Reza Davoudi", CrossScriptName.romanizePerson("رضا داودی", "fa")); // not Davdi
    assertEquals("Fazeli", CrossScriptName.romanizePerson("فاضلی", "fa")); // not Fazli
    assertEquals("Bahrami", CrossScriptName.romanizePerson("بهرامی", "fa")); // not Behrami
    assertEquals("Mokhtari", CrossScriptName.romanizePerson("مختاری", "fa")); // the stem's Persian spelling, not Mukhtar's
    assertEquals("Yaghoubi", CrossScriptName.romanizePerson("یعقوبی", "fa"));
    assertEquals("Saeedi", CrossScriptName.romanizePerson("سعیدی", "fa"));
  }

  @Test
  void arabicCopyKeepsTheArabicPressSpellings() {
    assertEquals("Ramadani", CrossScriptName.romanizePerson("رمضاني", "ar")); // Arabic copy: the Arabic-press column
    assertEquals("Mukhtar", CrossScriptName.romanizePerson("مختار", "ar")); // Arabic copy: the Arabic-press column
  }

  @Test
  void theTownAmolInPersianCopy() {
    assertEquals("Amol", CrossScriptName.romanize("آمل", "fa", true));
    assertEquals("Amoli", CrossScriptName.romanizePerson("آملی", "fa"));
    assertEquals("Amal", CrossScriptName.romanizePerson("أمل", "ar")); // the Arabic given name
  }

  @Test
  void easternProvinceTownsGoByThePressNameWithoutTheArticle() {
    KnowledgeBase kb = KnowledgeBase.load((java.nio.file.Path) null);
    assertEquals("Qatif", kb.get("place:sa:al-qatif").name());
    assertEquals("Jubail", kb.get("place:sa:al-jubayl").name());
    assertEquals("Al Bahah", kb.get("place:sa:al-bahah").name()); // the others keep dr5hn's name
  }
}
