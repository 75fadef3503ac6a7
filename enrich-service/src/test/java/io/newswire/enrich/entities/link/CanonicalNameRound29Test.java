package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.normalization.MatchingForm;
import java.util.Map;
import java.util.function.Function;
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

  /** The KB's provinces for OrganisationName, by matching form (a stand-in for the linker's lookup). */
  private static final Function<String, String> PLACES = w -> Map.of(
      MatchingForm.key("سیستان و بلوچستان"), "Sistan and Baluchestan Province",
      MatchingForm.key("کهگیلویه و بویراحمد"), "Kohgiluyeh and Boyer-Ahmad Province",
      MatchingForm.key("یزد"), "Yazd").get(w);

  @Test
  void aProvinceNamedByTwoLandsJoinedByAndClosesABodysName() {
    assertEquals("Sistan and Baluchestan Regional Water Company", OrganisationName.english("شرکت آب منطقه‌ای سیستان و بلوچستان", PLACES));
    assertEquals("Kohgiluyeh and Boyer-Ahmad Province Rural Water and Wastewater Company",
        OrganisationName.english("شرکت آب و فاضلاب روستایی استان کهگیلویه و بویراحمد", PLACES));
    assertEquals("Kohgiluyeh and Boyer-Ahmad Province Natural Resources Directorate", OrganisationName.english("اداره کل منابع طبیعی کهگیلویه وبویراحمد", PLACES));
  }

  @Test
  void anAndBetweenFieldsOrBeforeAnUnknownWordIsNoProvince() {
    assertEquals("Yazd Province Natural Resources Directorate", OrganisationName.english("اداره کل منابع طبیعی یزد", PLACES));
    assertNull(OrganisationName.english("شرکت آب منطقه‌ای سیستان و تهرانپارس", PLACES)); // no such place: no half-English name
  }

  @Test
  void aCountyOfficeIsNamedWithItsTown() {
    // round 47: an office of the county is named by its town alone, as the Persian files name it
    assertEquals("Yazd Sports and Youth Department", OrganisationName.english("اداره ورزش و جوانان شهرستان یزد", PLACES));
  }

  @Test
  void aCountyWordNotClosedByItsTownGivesNoName() {
    assertNull(OrganisationName.english("اداره ورزش و جوانان شهرستان یزد شرقی", PLACES)); // two words, no place the KB knows
  }

  @Test
  void propagationAndTaxOfficesAreGlossed() {
    assertEquals("Yazd Province Islamic Propagation Directorate", OrganisationName.english("اداره کل تبلیغات اسلامی استان یزد", PLACES));
    assertEquals("Tax Affairs Organization", OrganisationName.english("سازمان امور مالیاتی", PLACES));
    assertNull(OrganisationName.english("سازمان امور مالیاتی بیرونی", PLACES)); // a word the table lacks: no half-English name
  }
}
