package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.normalization.MatchingForm;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round 47 (issue 13): the English names of Iranian local offices as the Persian files write them (the convention of
 * eval/annotations/README.md, round 47), and a body's fields listed with a comma. Names below are written for these
 * tests from general words of the language.
 */
class CanonicalNameRound47Test {
  /** The KB's places for OrganisationName, by matching form (a stand-in for the linker's lookup). */
  private static final Function<String, String> PLACES = w -> Map.of(
      MatchingForm.key("یزد"), "Yazd",
      MatchingForm.key("سمنان"), "Semnan",
      MatchingForm.key("ساوه"), "Saveh",
      MatchingForm.key("ارومیه"), "Urmia",
      MatchingForm.key("گیلان"), "Gilan Province",
      MatchingForm.key("خراسان شمالی"), "North Khorasan Province").get(w);

  @Test
  void fieldsListedWithACommaKeepTheListInEnglish() {
    assertEquals("Yazd Province Cultural Heritage, Handicrafts and Tourism Organization",
        OrganisationName.english("سازمان میراث فرهنگی، صنایع دستی و گردشگری استان یزد", PLACES));
    assertEquals("Cultural Heritage, Handicrafts and Tourism Organization",
        OrganisationName.english("سازمان میراث فرهنگی، صنایع‌دستی و گردشگری", PLACES));
    // the comma glued to the next field
    assertEquals("Semnan Province Cultural Heritage, Tourism and Handicrafts Directorate",
        OrganisationName.english("اداره کل میراث فرهنگی،گردشگری و صنایع دستی استان سمنان", PLACES));
  }

  @Test
  void aCommaWithoutItsClosingAndOrInAMinistrysNameGivesNoListedName() {
    assertNull(OrganisationName.english("سازمان میراث فرهنگی، صنایع دستی", PLACES));
    assertNull(OrganisationName.english("وزارت بهداشت، درمان و آموزش پزشکی", PLACES)); // its own English name, not a list
  }

  @Test
  void aCountyOfficeIsNamedByItsTownAlone() {
    assertEquals("Yazd Sports and Youth Department", OrganisationName.english("اداره ورزش و جوانان شهرستان یزد", PLACES));
    assertEquals("Saveh Agricultural Jihad Directorate", OrganisationName.english("اداره کل جهاد کشاورزی شهرستان ساوه", PLACES));
    // a body other than an office keeps County
    assertEquals("Saveh County Telecommunications Company", OrganisationName.english("شرکت مخابرات شهرستان ساوه", PLACES));
  }

  @Test
  void aDirectorateGeneralNamedByItsProvinceTakesProvince() {
    assertEquals("Gilan Province Welfare Directorate", OrganisationName.english("اداره کل بهزیستی گیلان", PLACES));
    assertEquals("Yazd Province Welfare Directorate", OrganisationName.english("اداره کل بهزیستی یزد", PLACES));
    assertEquals("Urmia Welfare Directorate", OrganisationName.english("اداره کل بهزیستی ارومیه", PLACES)); // a city
    assertEquals("North Khorasan Education Directorate", OrganisationName.english("اداره کل آموزش و پرورش خراسان شمالی", PLACES));
    assertEquals("Semnan Welfare Department", OrganisationName.english("اداره بهزیستی سمنان", PLACES)); // not a directorate-general
  }

  @Test
  void weatherCustomsAndEndowmentOfficesAreNamedAsTheFilesName() {
    assertEquals("Yazd Province Meteorological Administration", OrganisationName.english("اداره کل هواشناسی یزد", PLACES));
    assertEquals("Semnan Province Customs", OrganisationName.english("اداره کل گمرک سمنان", PLACES));
    assertEquals("Urmia Customs", OrganisationName.english("اداره کل گمرک ارومیه", PLACES));
    assertEquals("Endowment and Charity Affairs Organization", OrganisationName.english("سازمان اوقاف و امور خیریه", PLACES));
    assertEquals("Gilan Province Endowment and Charity Affairs Directorate",
        OrganisationName.english("اداره کل اوقاف و امور خیریه استان گیلان", PLACES));
  }

  @Test
  void anIranianLeagueOfASportIsNamedAsEnglishNamesIt() {
    assertEquals("Iranian Handball Super League", OrganisationName.english("لیگ برتر هندبال", PLACES));
    assertEquals("Iranian Basketball First Division League", OrganisationName.english("لیگ دسته اول بسکتبال", PLACES));
    assertNull(OrganisationName.english("لیگ برتر فوتبال", PLACES)); // football's is the knowledge base's to name
    assertNull(OrganisationName.english("لیگ برتر یزد", PLACES)); // no sport
  }

  @Test
  void aProvinceTheKnowledgeBaseNamesOnlyWithItsHeadIsFoundAfterIt() {
    Function<String, String> headed = w -> Map.of(MatchingForm.key("استان البرز"), "Alborz Province").get(w);
    assertEquals("Alborz Province Environmental Protection Directorate",
        OrganisationName.english("اداره کل حفاظت محیط زیست استان البرز", headed));
    assertNull(OrganisationName.english("اداره کل حفاظت محیط زیست البرز", headed)); // the bare word: the mountains too
  }
}
