package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.normalization.MatchingForm;
import org.junit.jupiter.api.Test;

/**
 * Round 12 (issue 13): the short vowels and doubled consonants Arabic script does not write, for name
 * words no table holds (a vocalisation model per letter-class pattern, {@link VowelPatterns}). Names
 * written for these tests.
 */
class CrossScriptNameRound12Test {

  private static String key(String s) {
    return MatchingForm.key(s);
  }

  @Test
  void aWordIsReducedToItsLetterClasses() {
    assertEquals("MCCC", VowelPatterns.pattern(key("مسند")));
    assertEquals("CCAC", VowelPatterns.pattern(key("صباغ")));
    assertEquals("CCYCAC", VowelPatterns.pattern(key("خنيزان")));
    assertEquals("ECYH", VowelPatterns.pattern(key("عطية")), "teh marbuta folds to a final heh");
    assertEquals("CCCC", VowelPatterns.pattern(key("سلمك")), "a meem inside the word is a consonant like any other");
  }

  @Test
  void theTemplateWritesTheVowelsAndTheDoubling() {
    assertEquals("Musnad", VowelPatterns.spell(key("مسند")), "an opening meem of a participle takes u");
    assertEquals("Sabbagh", VowelPatterns.spell(key("صباغ")), "فعّال: the doubled middle consonant of a trade name");
    assertEquals("Battal", VowelPatterns.spell(key("بطال")));
    assertNull(VowelPatterns.spell(key("ب")), "one letter: no template");
    assertNull(VowelPatterns.spell("abc"), "Latin letters have no pattern of their own");
  }

  @Test
  void aFamilyNameTheTablesLackIsVocalised() {
    // a dispatch of our own: "قال سليمان المسند، مدير الفرع، إن ..." ; "التقى عبدالعزيز البطال ..."
    assertEquals("Sulaiman al-Musnad", CrossScriptName.romanize("سليمان المسند", "ar"));
    assertEquals("Abdulaziz al-Battal", CrossScriptName.romanize("عبدالعزيز البطال", "ar"));
    assertEquals("Ahmed al-Munifi", CrossScriptName.romanize("أحمد المنيفي", "ar"), "a nisba of the participle: -i");
  }

  @Test
  void tablesStillComeFirst() {
    assertEquals("Mohammed", CrossScriptName.romanize("محمد", "ar"));
    assertEquals("Abdullah", CrossScriptName.romanize("عبد الله", "ar"));
    assertEquals("Mohammad", CrossScriptName.romanize("محمد", "fa"), "Persian copy keeps its own spelling");
  }

  @Test
  void persianWordsKeepTheLetterRules() {
    // the model is learned from Arabic-press spellings: a Persian word the tables lack is spelled as before
    assertEquals(CrossScriptName.letters(key("مسند"), true), CrossScriptName.romanize("مسند", "fa"));
  }

  @Test
  void onlyShapesOfRomanizedArabicPass() {
    assertTrue(VowelPatterns.plausible("muqbal"));
    assertTrue(VowelPatterns.plausible("khunayzan"), "kh is one consonant, y after a vowel a glide");
    assertTrue(VowelPatterns.plausible("shaddad"));
    assertFalse(VowelPatterns.plausible("hazmy"), "the nisba is -i, not -y");
    assertFalse(VowelPatterns.plausible("mqoushi"), "no two consonants open an Arabic name");
    assertFalse(VowelPatterns.plausible("karnstra"), "no three consonants in a row");
    assertFalse(VowelPatterns.plausible("vicente"), "v and c are not letters of romanized Arabic");
  }

  @Test
  void aHighCouncilIsSupremeHigherOnlyWithEducation() {
    assertEquals("Supreme National Security Council", OrganisationName.english("شورای عالی امنیت ملی", w -> null));
    assertEquals("Ministry of Higher Education", OrganisationName.english("وزارة التعليم العالي", w -> null));
    assertEquals("Ministry of Higher Education", OrganisationName.english("وزارت آموزش عالی", w -> null));
  }

  @Test
  void fieldWordsOfPublicBodies() {
    assertEquals("Agricultural Jihad Organization", OrganisationName.english("سازمان جهاد کشاورزی", w -> null));
    assertEquals("Veterinary Organization", OrganisationName.english("سازمان دامپزشکی", w -> null));
    assertEquals("Contractors Classification Agency", OrganisationName.english("وكالة تصنيف المقاولين", w -> null));
  }

  @Test
  void persianNameMorphemes() {
    // "خبرنگار ما با بهزاد مهرآبادی و کامران پوراحمد گفتگو کرد"
    assertEquals("Mehrabadi", CrossScriptName.romanize("مهرآبادی", "fa"), "the name-forming مهر is Mehr");
    assertEquals("Mehralizadeh", CrossScriptName.romanize("مهرعلیزاده", "fa"));
    assertEquals("Pourahmad", CrossScriptName.romanize("پوراحمد", "fa"), "پور and a given name: one surname");
    assertEquals("Behzad Pourahmad", CrossScriptName.romanize("بهزاد پوراحمد", "fa"));
    assertEquals("Soheil", CrossScriptName.romanize("سهیل", "fa"));
    assertEquals("Suhail", CrossScriptName.romanize("سهيل", "ar"), "Arabic copy keeps the Arabic spelling");
    assertEquals("Morteza", CrossScriptName.romanize("مرتضی", "fa"));
    assertEquals("Murtada", CrossScriptName.romanize("مرتضى", "ar"));
  }

  @Test
  void aTownInAbadIsOneWord() {
    assertEquals("Jalalabad", CrossScriptName.romanize("جلال آباد", "ar", true));
    assertEquals("Jalal Abad", CrossScriptName.romanize("جلال آباد", "ar"), "not a place: the words stay apart");
  }
}
