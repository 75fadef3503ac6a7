package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.kb.KbBuilder;
import io.newswire.normalization.MatchingForm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Round 30 (issue 13): canonical English names of Arabic and Persian entities. Names below are invented
 * or general words and given names of the language.
 */
class CanonicalNameRound30Test {
  @Test
  void aForeignPersonWrittenLetterByLetterIsTheLatinNameSharingItsVowelAwareKey() {
    assertEquals("Richard Taylor", CrossScriptName.romanizePerson("ريتشارد تيلور", "ar"));
    assertEquals("Richard", CrossScriptName.romanizePerson("ریچارد", "fa")); // Persian چ and ی
    assertEquals(ForeignNames.arabicKey(MatchingForm.key("تيلور")), ForeignNames.latinKey("taylor"));
    assertNotEquals(ForeignNames.latinKey("tyler"), ForeignNames.latinKey("taylor")); // the vowels tell them apart
  }

  @Test
  void aNativeWordANonPersonOrAnUnlistedSpellingIsLeftToTheLetterRules() {
    assertNotEquals("Taylor", CrossScriptName.romanize("تيلور", "ar")); // not a person's name: no personal-name list
    assertNull(ForeignNames.latin(MatchingForm.key("عويشير"))); // ain: an Arabic word
    assertNull(ForeignNames.latin(MatchingForm.key("أخرى"))); // an opening alef, as often the Arabic word's
    assertNull(ForeignNames.latin(MatchingForm.key("سالم"))); // one written vowel: a native spelling
    assertNull(ForeignNames.arabicKey(MatchingForm.key("ديبو"))); // two consonants: too short to tell
    String z = ForeignNames.latin(MatchingForm.key("موراليز"));
    assertTrue(z == null || z.endsWith("z"), z); // a written z is no Latin s
  }

  @Test
  void thePersianSuffixStanAfterAConsonantTakesAnE() {
    assertEquals("Bimarestan", CrossScriptName.letters(MatchingForm.key("بیمارستان"), true)); // a general word: hospital
    assertEquals("Kouhestani", CrossScriptName.letters(MatchingForm.key("کوهستانی"), true)); // the stem's heh a consonant
    assertEquals("Dashtestan", CrossScriptName.letters(MatchingForm.key("دشتستان"), true)); // no vowel inside the stem's closing pair
    assertEquals("Sistan", CrossScriptName.letters(MatchingForm.key("سیستان"), true)); // after a vowel letter: no e
    assertEquals("Bastan", CrossScriptName.letters(MatchingForm.key("بستان"), true)); // no stem of two letters: not the suffix
  }

  @Test
  void citiesOfArabicScriptCountriesLoseTheRomanisationMarks() throws IOException {
    assertEquals("Al Qatif", KbBuilder.plainRomanisation("Al Qaţīf"));
    assertEquals("Taizz", KbBuilder.plainRomanisation("Ta\u2018izz"));
    assertEquals("Amran", KbBuilder.plainRomanisation("\u2018Amrān")); // an opening ain mark: the capital moves on
    String cities;
    try (InputStream in = CanonicalNameRound30Test.class.getResourceAsStream("/kb/generated/cities.tsv")) {
      cities = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(cities.contains("PLACE\tAl Qatif\t"));
    assertFalse(cities.contains("PLACE\tAl Qaţīf\t")); // the name column; the English alias keeps the marks
    assertTrue(cities.contains("PLACE\tAdapazarı\t")); // a Latin-script country's own spelling stays
  }
}
