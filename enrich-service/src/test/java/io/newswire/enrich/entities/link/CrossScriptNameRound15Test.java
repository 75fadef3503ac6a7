package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.normalization.MatchingForm;
import org.junit.jupiter.api.Test;

/**
 * Round 15 (issue 13, canonical English names of Arabic entities): Latin letters spelt out in an acronym,
 * a personal name that many people spell one way before a place's spelling of the same letters, Khalid as
 * the Arabic press writes it, a society named by a proper name and adjectives (the extraction side:
 * EntityRound15Test). Names written for these tests.
 */
class CrossScriptNameRound15Test {
  @Test
  void spelledOutLatinLettersAreAnAcronym() {
    assertEquals("FC Moscow", CrossScriptName.romanize("إف سي موسكو", "ar"));
    assertEquals("MTV", CrossScriptName.romanize("إم تي في", "ar"));
    assertEquals("FBI", CrossScriptName.romanize("اف بی آی", "fa"));
  }

  @Test
  void aSingleLetterNameIsAWordNotALetter() {
    String[] words = {MatchingForm.key("في"), MatchingForm.key("المدينة")};
    assertEquals(1, LatinLetters.run(words, 0)); // في "in": one letter name alone is no acronym
    assertEquals("BBC", CrossScriptName.romanize("بي بي سي", "ar"));
  }

  @Test
  void aWellAttestedPersonalNameComesBeforeAPlacesSpelling() {
    // نيل is the Nile among the places the knowledge base aligns, Neil for the people Wikidata names
    assertEquals("Neil Armstrong", CrossScriptName.romanize("نيل أرمسترونغ", "ar"));
  }

  @Test
  void khalidAsTheArabicPressWritesItKhaledInPersianCopy() {
    assertEquals("Khalid", CrossScriptName.romanize("خالد", "ar"));
    assertEquals("Khaled", CrossScriptName.romanize("خالد", "fa"));
  }

  @Test
  void aSocietyNamedByAProperNameAndAdjectivesKeepsItsAdjectivesInEnglish() {
    String name = OrganisationName.properName("جمعية الوفاق الخيرية", "ar");
    assertNotNull(name);
    assertEquals(true, name.endsWith(" Charity Society"), name);
    assertEquals(true, name.toLowerCase(java.util.Locale.ROOT).startsWith("al-"), name);
  }

  @Test
  void worldGoesFirstAmongTheAdjectivesOfABody() {
    assertEquals("World Health Organization", OrganisationName.english("منظمة الصحة العالمية", w -> null));
  }

  @Test
  void aForeignNameAndWhatItIsIsTheNameAlone() {
    String name = OrganisationName.properName("ياهو العالمية", "ar");
    assertNotNull(name);
    assertEquals(false, name.contains(" "), name); // the adjective (global) is no part of the English name
  }
}
