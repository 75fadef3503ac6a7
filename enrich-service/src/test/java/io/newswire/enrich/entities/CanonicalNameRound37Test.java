package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 37 (issue 13): Persian surnames in -ایی and frequent Persian surname stems as Iranian agencies'
 * English copy writes them, a Saudi given and family name, IRIB under the name the annotations use, Iran's health ministry
 * under its official name.
 * Sentences written for these tests, no pool text.
 */
class CanonicalNameRound37Test {
  @Test
  void persianSurnamesInAeiTakeTheAgenciesSpelling() {
    assertEquals("Talaei", CrossScriptName.romanizePerson("طلایی", "fa"));
    assertEquals("Rajaei", CrossScriptName.romanizePerson("رجائی", "fa"));
    assertEquals("Roustaei", CrossScriptName.romanizePerson("روستایی", "fa"));
    assertEquals("Navaei", CrossScriptName.romanizePerson("نوایی", "fa")); // the و a consonant before the ending
    assertEquals("Bahaei", CrossScriptName.romanizePerson("بهایی", "fa")); // the heh a consonant before the ending
    assertEquals("Rezaei", CrossScriptName.romanizePerson("رضایی", "fa")); // the table's row still wins
  }

  @Test
  void persianSurnameStemsTakeTheAgenciesVowels() {
    assertEquals("Morteza Fallah", CrossScriptName.romanizePerson("مرتضی فلاح", "fa"));
    assertEquals("Naser Fallahi", CrossScriptName.romanizePerson("ناصر فلاحی", "fa"));
    assertEquals("Ali Javan", CrossScriptName.romanizePerson("علی جوان", "fa"));
    assertEquals("Saeed Taheri", CrossScriptName.romanizePerson("سعید طاهری", "fa"));
    assertEquals("Reza Rezvani", CrossScriptName.romanizePerson("رضا رضوانی", "fa"));
    assertEquals("Karim Ghanbari", CrossScriptName.romanizePerson("کریم قنبری", "fa"));
  }

  @Test
  void arabicCopyKeepsItsSpellingOfTheSameWords() {
    assertEquals("Falah", CrossScriptName.romanizePerson("فلاح", "ar"));
    assertEquals("Radwan", CrossScriptName.romanizePerson("رضوان", "ar"));
  }

  @Test
  void saudiNamesAsTheSaudiPressWritesThem() {
    assertEquals("Ibrahim Ghaleb", CrossScriptName.romanizePerson("إبراهيم غالب", "ar"));
    assertEquals("Saad al-Khaibri", CrossScriptName.romanizePerson("سعد الخيبري", "ar"));
  }

  @Test
  void iribKeepsItsShortName() {
    List<Entity> es = run("fa", "گزارش", "مدیر شبکه خبر سازمان صدا و سیما امروز در تهران گفت برنامه‌های تازه از هفته آینده پخش می‌شود.");
    Entity e = mentioned(es, "سازمان صدا و سیما");
    assertNotNull(e, all(es));
    assertEquals("IRIB", e.getName());
  }

  @Test
  void iransHealthMinistryTakesItsOfficialName() {
    List<Entity> es = run("fa", "واکسن", "به گزارش خبرگزاری فارس، سخنگوی وزارت بهداشت امروز از رسیدن محموله تازه واکسن به تهران خبر داد.");
    Entity e = mentioned(es, "وزارت بهداشت");
    assertNotNull(e, all(es));
    assertEquals("Ministry of Health and Medical Education (Iran)", e.getName());
  }
}
