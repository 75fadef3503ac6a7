package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.normalization.MatchingForm;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 38 (issue 13): Persian given names in -الله with the first half as Iranian agencies spell it, Iranian
 * bodies named by two head words (seminary, art bureau, police command) and their town, Islamic Azad University
 * by its short name and its branches by their town, and جوزيه as José.
 * Sentences and names written for these tests, no pool text.
 */
class CanonicalNameRound38Test {
  @Test
  void persianAllahNamesTakeTheAgenciesFirstHalf() {
    assertEquals("Lotfollah Rezaei", CrossScriptName.romanizePerson("لطف‌الله رضایی", "fa"));
    assertEquals("Nasrollah Karimi", CrossScriptName.romanizePerson("نصرالله کریمی", "fa")); // glued
    assertEquals("Fazlollah Moradi", CrossScriptName.romanizePerson("فضل الله مرادی", "fa")); // apart
    assertEquals("Hojjatollah Ahmadi", CrossScriptName.romanizePerson("حجت‌الله احمدی", "fa"));
    assertEquals("Asadollah Nouri", CrossScriptName.romanizePerson("اسدالله نوری", "fa")); // Asad, not the table's Assad
  }

  @Test
  void anAllahNameWithTheNisbaIsOneSurname() {
    assertEquals("Hamzeh Farajollahi", CrossScriptName.romanizePerson("حمزه فرج اللهی", "fa"));
    assertEquals("Hamzeh Farajollahi", CrossScriptName.romanizePerson("حمزه فرج‌اللهی", "fa"));
  }

  @Test
  void arabicCopyKeepsItsAllahNames() {
    assertEquals("Nasrallah", CrossScriptName.romanizePerson("نصر الله", "ar"));
  }

  @Test
  void joseIsNoJosiah() {
    assertEquals("Jose", CrossScriptName.romanizePerson("جوزيه", "ar"));
    assertEquals("Jose Hassan", CrossScriptName.romanizePerson("جوزيه حسن", "ar"));
  }

  @Test
  void iranianBodiesNamedByTwoHeadWords() {
    // the place lookup is keyed by the matching form (ک and ی folded), as the linker's is
    Map<String, String> iran = Map.of(MatchingForm.key("قم"), "Qom", MatchingForm.key("کرج"), "Karaj", MatchingForm.key("جیرفت"), "Jiroft");
    assertEquals("Qom Seminary", OrganisationName.english("حوزه علمیه قم", iran::get));
    assertEquals("Hozeh Honari of Karaj", OrganisationName.english("حوزه هنری کرج", iran::get));
    assertEquals("Jiroft Police Command", OrganisationName.english("فرماندهی انتظامی جیرفت", iran::get));
    assertNull(OrganisationName.english("حوزه علمیه", iran::get)); // a bare head is no name
  }

  @Test
  void azadUniversityByItsShortNameAndABranchByItsTown() {
    Map<String, String> iran = Map.of(MatchingForm.key("قم"), "Qom", MatchingForm.key("گرگان"), "Gorgan");
    assertEquals("Islamic Azad University", OrganisationName.english("دانشگاه آزاد", iran::get));
    assertEquals("Islamic Azad University", OrganisationName.english("دانشگاه آزاد اسلامی", iran::get));
    assertEquals("Islamic Azad University, Qom Branch", OrganisationName.english("دانشگاه آزاد قم", iran::get));
    assertEquals("Islamic Azad University, Gorgan Branch", OrganisationName.english("دانشگاه آزاد اسلامی گرگان", iran::get));
    assertEquals("Islamic Azad University, Qom Branch", OrganisationName.english("دانشگاه آزاد اسلامی واحد قم", iran::get)); // the branch rule, as before
  }
}
