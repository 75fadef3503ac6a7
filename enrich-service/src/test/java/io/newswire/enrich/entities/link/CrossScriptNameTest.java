package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names spelled in Arabic, Persian and Latin script; the people and spellings are chosen for these tests. */
class CrossScriptNameTest {
  @Test
  void arabicPersianAndEnglishSpellingsShareOneKey() {
    String ar = CrossScriptName.key("حيدر العبادي");
    assertEquals("hdrbd", ar);
    assertEquals(ar, CrossScriptName.key("حیدر العبادی"), "Persian yeh");
    assertEquals(ar, CrossScriptName.key("Haider al-Abadi"));
    assertEquals(ar, CrossScriptName.key("Haidar Al Abadi"), "article written apart, other vowels");
    assertEquals(ar, CrossScriptName.key("HAIDER EL-ABADI"));
  }

  @Test
  void persianLettersAndTypingVariantsMeetTheEnglishSpelling() {
    assertEquals(CrossScriptName.key("Mohammad Javad Zarif"), CrossScriptName.key("محمد جواد ظريف"));
    assertEquals(CrossScriptName.key("Mohammad Javad Zarif"), CrossScriptName.key("محمدجواد ظریف".replace("محمدجواد", "محمد جواد")));
    assertEquals(CrossScriptName.key("Hossein Naghavi Hosseini"), CrossScriptName.key("حسين نقوي حسيني"));
    assertEquals(CrossScriptName.key("Kaveh Sepehri"), CrossScriptName.key("كاوه سپهري"), "Arabic kaf and yeh in Persian copy");
    assertEquals(CrossScriptName.key("Abdulaziz Al-Fayez"), CrossScriptName.key("عبدالعزيز الفايز"));
    assertEquals(CrossScriptName.key("Fatimah Rostami"), CrossScriptName.key("فاطمة رستمي"), "teh marbuta");
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertNotEquals(CrossScriptName.key("حيدر العبادي"), CrossScriptName.key("حيدر العامري"));
    assertNotEquals(CrossScriptName.key("Nasser Kamali"), CrossScriptName.key("Nasser Karimi"));
  }

  @Test
  void romanizedNamesFollowTheEnglishPress() {
    assertEquals("Haider al-Abadi", CrossScriptName.romanize("حيدر العبادي", "ar"));
    assertEquals("Heydar al-Abadi", CrossScriptName.romanize("حیدر العبادی", "fa"));
    assertEquals("Mohammad Javad Zarif", CrossScriptName.romanize("محمد جواد ظريف", "fa"));
    assertEquals("Abdulaziz bin Ibrahim al-Fayez", CrossScriptName.romanize("عبدالعزيز بن ابراهيم الفايز", "ar"));
    assertEquals("Mansour Ghanbarzadeh", CrossScriptName.romanize("منصور قنبرزاده", "fa"));
    assertEquals("Samantha Power", CrossScriptName.romanize("Samantha Power", "en"), "Latin names stay as written");
  }

  @Test
  void persianSurnameEndingsAreJoinedAsTheEnglishPressWritesThem() {
    assertEquals("Reza Karimian", CrossScriptName.romanize("رضا کریمیان", "fa"));
    assertEquals("Hassan Ahmadpour", CrossScriptName.romanize("حسن احمدپور", "fa"));
    assertEquals("Ali Rahiminejad", CrossScriptName.romanize("علی رحیمی نژاد", "fa"), "written apart");
    assertEquals("Ali Rahiminejad", CrossScriptName.romanize("علی رحیمی\u200cنژاد", "fa"), "with a ZWNJ");
    assertEquals("Mehdi Zare", CrossScriptName.romanize("مهدی زارع", "fa"), "a final ain after a consonant");
    assertTrue(CrossScriptName.romanize("سپاهیان", "fa").endsWith("hian"), "a stem's final heh stays a consonant");
    assertEquals(CrossScriptName.key("Reza Karimian"), CrossScriptName.key("رضا کریمیان"));
  }

  @Test
  void persianNameWordsWrittenAsOneAreApartInEnglishAndAllahEndsInOllah() {
    assertEquals("Seyed Mohammad Hosseini", CrossScriptName.romanize("سیدمحمد حسینی", "fa"));
    assertEquals("Mohammad Javad", CrossScriptName.romanize("محمدجواد", "fa"));
    assertEquals("Asadollah", CrossScriptName.romanize("اسدالله", "fa"));
    assertEquals("Abolfazl", CrossScriptName.romanize("ابوالفضل", "fa"));
  }

  @Test
  void aRomanizedNameKeepsItsKey() {
    for (String n : new String[] {"حيدر العبادي", "ناصر الهاجري", "منصور قنبرزاده", "عبدالرحمن العلياني"}) {
      assertEquals(CrossScriptName.key(n), CrossScriptName.key(CrossScriptName.romanize(n, "ar")), n);
    }
  }

  @Test
  void abdAndTheWordAfterItAreOneNameAndCommonNamesHaveTheirUsualSpelling() {
    assertEquals("Abdullah al-Dosari", CrossScriptName.romanize("عبد الله الدوسري", "ar")); // the KB-learned spelling
    assertEquals("Abdulaziz al-Harbi", CrossScriptName.romanize("عبد العزيز الحربي", "ar"));
    assertEquals("Abdollah Karimi", CrossScriptName.romanize("عبد الله کریمی", "fa"));
    assertEquals("Mubarak Sulaiman", CrossScriptName.romanize("مبارك سليمان", "ar"));
    assertEquals("Taha Yasser", CrossScriptName.romanize("طه ياسر", "ar"));
    assertEquals(CrossScriptName.key("عبدالله الدوسري"), CrossScriptName.key("عبد الله الدوسري"));
  }

  @Test
  void mohammadGluedToAnotherGivenNameIsTwoWords() {
    assertEquals("Mohammad Kazem Tavakoli".split(" ")[0], CrossScriptName.romanize("محمدکاظم توکلی", "fa").split(" ")[0]);
    assertEquals(3, CrossScriptName.romanize("محمدکاظم توکلی", "fa").split(" ").length);
    assertEquals(1, CrossScriptName.romanize("محمدی", "fa").split(" ").length, "Mohammadi is one surname");
    assertEquals(1, CrossScriptName.romanize("محمدزاده", "fa").split(" ").length);
  }
}
