package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.normalization.MatchingForm;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 39 (issue 13): Persian nisba surnames keep the stem's short vowel (a heh after the alef is a consonant,
 * a four-consonant stem keeps its second a), and three surnames as Iranian agencies spell them (Saber and its
 * nisba Saberi, Fatemi, Motahhari); the Majlis's factions, and a body of a town's municipality named after it.
 * Names written for these tests, no pool text.
 */
class CanonicalNameRound39Test {
  @Test
  void aHehAfterTheAlefIsAConsonant() {
    assertEquals("Karim Mazaheri", CrossScriptName.romanizePerson("کریم مظاهری", "fa"));
    assertEquals("Reza Zaheri", CrossScriptName.romanizePerson("رضا ظاهری", "fa"));
    assertEquals("Hamid Kazemi", CrossScriptName.romanizePerson("حمید کاظمی", "fa")); // the long-a rule as before
  }

  @Test
  void aFourConsonantStemKeepsItsSecondA() {
    assertEquals("Karim Afzali", CrossScriptName.romanizePerson("کریم افضلی", "fa"));
    assertEquals("Hamid Arhami", CrossScriptName.romanizePerson("حمید ارحمی", "fa"));
    assertEquals("Reza Safdari", CrossScriptName.romanizePerson("رضا صفدری", "fa"));
    assertEquals("Ali Falsafi", CrossScriptName.romanizePerson("علی فلسفی", "fa"));
  }

  @Test
  void threeClusterSurnamesStayAsTheyWere() {
    assertEquals("Reza Bakhshi", CrossScriptName.romanizePerson("رضا بخشی", "fa")); // three letters before the -i
    assertEquals("Reza Rashti", CrossScriptName.romanizePerson("رضا رشتی", "fa"));
    assertEquals("Reza Sabzi", CrossScriptName.romanizePerson("رضا سبزی", "fa"));
  }

  @Test
  void surnamesAsTheAgenciesSpellThem() {
    assertEquals("Karim Saberi", CrossScriptName.romanizePerson("کریم صابری", "fa")); // the nisba of the Saber row
    assertEquals("Maryam Saber", CrossScriptName.romanizePerson("مریم صابر", "fa"));
    assertEquals("Hamid Fatemi", CrossScriptName.romanizePerson("حمید فاطمی", "fa"));
    assertEquals("Ali Motahhari", CrossScriptName.romanizePerson("علی مطهری", "fa"));
  }

  @Test
  void arabicCopyKeepsItsLetters() {
    assertEquals("Sabir", CrossScriptName.romanizePerson("صابر", "ar"));
  }

  // the place lookup is keyed by the matching form (ک and ی folded), as the linker's is
  private static final Map<String, String> TOWNS = Map.of(MatchingForm.key("تبریز"), "Tabriz", MatchingForm.key("همدان"), "Hamadan");

  @Test
  void theMajlisFactions() {
    assertEquals("Minority Faction of the Majlis", OrganisationName.english("فراکسیون اقلیت مجلس", TOWNS::get));
    assertEquals("Majority Faction of the Majlis", OrganisationName.english("فراکسیون اکثریت مجلس شورای اسلامی", TOWNS::get));
    assertEquals("Quranic Faction of the Majlis", OrganisationName.english("فراکسیون قرآنی مجلس", TOWNS::get));
  }

  @Test
  void aBodyOfATownsMunicipality() {
    assertEquals("Tabriz Municipality Cultural and Artistic Organization",
        OrganisationName.english("سازمان فرهنگی هنری شهرداری تبریز", TOWNS::get));
    assertEquals("Hamadan Municipality Traffic Organization", OrganisationName.english("سازمان ترافیک شهرداری همدان", TOWNS::get));
    assertNull(OrganisationName.english("سازمان ترافیک شهرداری کلانتری", TOWNS::get)); // no town the KB knows: no name made up
  }
}
