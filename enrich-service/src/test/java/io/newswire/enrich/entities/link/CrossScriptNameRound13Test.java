package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.EntityType;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round 13 (issue 13): one id for a specific organisation or place the knowledge base lacks in every
 * script ({@link CrossScriptId}), generic bodies kept apart; rank and scope adjectives first in English
 * organisation names; Persian medial ی. Names written for these tests.
 */
class CrossScriptNameRound13Test {
  private static final Function<String, String> NO_PLACES = w -> null;

  @Test
  void aSpecificNameIsOneIdWhateverItsScript() {
    assertEquals("org:name:saudi-council-of-engineers", CrossScriptId.of(EntityType.ORGANIZATION, "Saudi Council of Engineers"));
    assertEquals("org:name:ministry-of-interior-saudi-arabia",
        CrossScriptId.of(EntityType.ORGANIZATION, "Ministry of Interior (Saudi Arabia)"), "a country in the qualifier");
    assertEquals("org:name:umm-al-qura-university", CrossScriptId.of(EntityType.ORGANIZATION, "Umm al-Qura University"),
        "a proper name in it");
    assertEquals(CrossScriptId.of(EntityType.ORGANIZATION, "Al-Hilal"), CrossScriptId.of(EntityType.ORGANIZATION, "al-Hilal"),
        "case and the article's dash fold");
    assertEquals("place:name:lahij-governorate", CrossScriptId.of(EntityType.PLACE, "Lahij Governorate"));
    assertEquals("org:name:sao-paulo-metro", CrossScriptId.of(EntityType.ORGANIZATION, "São Paulo Metro"), "marks off");
  }

  @Test
  void aGenericBodyKeepsItsLanguageSlug() {
    assertNull(CrossScriptId.of(EntityType.ORGANIZATION, "Ministry of Foreign Affairs"), "every country has one");
    assertNull(CrossScriptId.of(EntityType.ORGANIZATION, "Supreme Revolutionary Committee"));
    assertNull(CrossScriptId.of(EntityType.ORGANIZATION, "Interior Ministry"));
    assertNull(CrossScriptId.of(EntityType.ORGANIZATION, "National Security Council"));
    assertNull(CrossScriptId.of(EntityType.ORGANIZATION, "Water and Wastewater Company"));
    assertNull(CrossScriptId.of(EntityType.ORGANIZATION, "وزارة الخارجية"), "a name left in its script");
    assertNull(CrossScriptId.of(EntityType.PERSON, "Saleh al-Ghamdi"), "persons have their phonetic id");
    assertFalse(CrossScriptId.specific(CrossScriptId.fold("Popular Resistance Committees")), "a plural of a generic word");
    assertTrue(CrossScriptId.specific(CrossScriptId.fold("Yemeni Popular Resistance")), "a nationality makes it some country's");
  }

  @Test
  void aRankOrScopeAdjectiveGoesFirstInEnglish() {
    assertEquals("Supreme Revolutionary Committee", OrganisationName.english("اللجنة الثورية العليا", NO_PLACES));
    assertEquals("Democratic Progressive Party", OrganisationName.english("الحزب الديمقراطي التقدمي", NO_PLACES),
        "other adjectives keep their order");
    assertEquals("Supreme Islamic Council", OrganisationName.english("المجلس الإسلامي الأعلى", NO_PLACES));
  }

  @Test
  void newOrganisationWords() {
    assertEquals("Popular Resistance", OrganisationName.english("المقاومة الشعبية", NO_PLACES));
    assertEquals("Disciplinary Committee", OrganisationName.english("لجنة الانضباط", NO_PLACES));
    assertEquals("Water and Wastewater Company", OrganisationName.english("شرکت آب و فاضلاب", NO_PLACES));
  }

  @Test
  void persianMedialYehIsTheLongI() {
    assertEquals("Kiani", CrossScriptName.letters(io.newswire.normalization.MatchingForm.key("کیانی"), true),
        "a consonant and یا: ia");
    assertEquals("Mirza", CrossScriptName.letters(io.newswire.normalization.MatchingForm.key("میرزا"), true), "not Meyrza");
    assertEquals("Haidar", CrossScriptName.letters(io.newswire.normalization.MatchingForm.key("حيدر"), false),
        "Arabic keeps its diphthong");
  }
}
