package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.normalization.MatchingForm;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round 47 (issue 13): a body's fields listed with a comma (A، B و C) keep the list in its English name. Names below
 * are written for these tests from general words of the language.
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
}
