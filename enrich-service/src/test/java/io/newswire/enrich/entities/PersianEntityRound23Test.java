package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.HolyNames;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 23 (Persian; the holy names also in Arabic and English), on sentences written for these tests. */
class PersianEntityRound23Test {
  private static void noMentionEndsWith(List<Entity> es, String word) {
    for (Entity e : es) {
      for (String t : texts(e)) {
        assertFalse(t.endsWith(word), all(es));
      }
    }
  }

  private static void noMention(List<Entity> es, String text) {
    for (Entity e : es) {
      assertFalse(texts(e).contains(text), all(es));
    }
  }

  @Test
  void aFieldJoinedByAZwnjOpensADepartment() {
    List<Entity> es = run("fa", "عنوان", "رئیس آموزش‌وپرورش استثنایی گیلان گفت: سه مدرسه تازه در رشت باز می‌شود.");
    Entity o = mentioned(es, "آموزش‌وپرورش استثنایی گیلان");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void aFieldWrittenAsOneWordIsTranslatedNotRomanized() {
    List<Entity> es = run("fa", "عنوان", "رئیس سازمان جهادکشاورزی خراسان جنوبی گفت: برداشت زعفران آغاز شد.");
    Entity o = mentioned(es, "سازمان جهادکشاورزی خراسان جنوبی");
    assertNotNull(o, all(es));
    assertTrue(o.getName().contains("Agricultural Jihad"), all(es));
  }

  @Test
  void aGluedFieldWithoutAPlaceIsNoDepartment() {
    // رئیس جهادکشاورزی گفت: no province or town, so no name
    List<Entity> es = run("fa", "عنوان", "رئیس جهادکشاورزی گفت کشاورزان باید زودتر ثبت‌نام کنند.");
    assertNull(mentioned(es, "جهادکشاورزی"), all(es));
  }

  @Test
  void jahatEndsABodysName() {
    List<Entity> es = run("fa", "عنوان", "سازمان بهزیستی کشور جهت کمک به سالمندان برنامه تازه‌ای دارد.");
    noMentionEndsWith(es, "جهت");
  }

  @Test
  void khastarEndsABodysName() {
    List<Entity> es = run("fa", "عنوان", "شورای هماهنگی کشاورزی استان خواستار کمک بیشتر بانک‌ها به باغداران شد.");
    noMentionEndsWith(es, "خواستار");
  }

  @Test
  void aTownNamedAloneIsNotJoinedToTheWordAfterIt() {
    List<Entity> es = run("fa", "عنوان", "به گزارش خبرگزاری فارس از راور، کشاورزان برداشت پسته را آغاز کردند.",
        "در پایان از معلمان نمونه شهرستان راور تجلیل شد.");
    noMention(es, "راور تجلیل");
    assertEquals(2, mentionsOf(es, EntityType.PLACE, "راور"), all(es));
  }

  @Test
  void aTownBeforeItsCountyIsTwoPlaces() {
    List<Entity> es = run("fa", "عنوان", "امام جمعه زیراب سوادکوه گفت: مردم در راهپیمایی شرکت می‌کنند.",
        "به گزارش خبرنگار خبرگزاری فارس در سوادکوه، امام جمعه زیراب سوادکوه از مسئولان تشکر کرد.");
    noMention(es, "زیراب سوادکوه");
    Entity town = mentioned(es, "زیراب");
    assertNotNull(town, all(es));
    assertEquals(EntityType.PLACE, town.getType());
    assertEquals(3, mentionsOf(es, EntityType.PLACE, "سوادکوه"), all(es));
  }

  @Test
  void aTwoWordPlaceNoWordOfWhichStandsAloneStays() {
    // two words the KB does not know (since round 39b it knows Zirab and Savadkuh: PlacesRound39bTest)
    List<Entity> es = run("fa", "عنوان", "امام جمعه کیاکلا سیمرغ گفت: مردم در راهپیمایی شرکت می‌کنند.",
        "امام جمعه کیاکلا سیمرغ از مسئولان تشکر کرد.");
    assertNotNull(mentioned(es, "کیاکلا سیمرغ"), all(es));
  }

  /** The holy figure HolyNames reads at {@code name} in {@code sentence}, or null. */
  private static String holy(String sentence, String name) {
    int at = sentence.indexOf(name);
    return HolyNames.english(sentence, at, at + name.length());
  }

  @Test
  void theImamIsOneIdInPersianArabicAndEnglish() {
    // the whole step in Persian (the rules find the name with its honorific)
    List<Entity> fas = run("fa", "عنوان", "میلیون‌ها زائر در سالروز شهادت امام حسین (ع) به کربلا رفتند.");
    Entity fa = mentioned(fas, "حسین");
    assertNotNull(fa, all(fas));
    assertEquals("person:holy:husayn-ibn-ali", fa.getId());
    // Arabic and English: the linker's reading of the name their statistical models find (the rules alone do not)
    String ar = holy("توجه ملايين الزوار إلى كربلاء في ذكرى استشهاد الإمام الحسين عليه السلام.", "الحسين");
    String en = holy("Millions of pilgrims travelled to Karbala to mourn Imam Hussein this week.", "Imam Hussein");
    assertEquals(fa.getId(), HolyNames.id(ar));
    assertEquals(fa.getId(), HolyNames.id(en));
    assertEquals("Husayn ibn Ali", holy("زار المؤمنون مرقد الحسين (ع) أمس.", "الحسين"));
    assertEquals("Husayn ibn Ali", holy("زار المؤمنون مرقد الحسين عليه السلام أمس.", "الحسين"));
  }

  @Test
  void aTitleBeforeTheNameIsEnoughWithoutTheHonorific() {
    assertEquals("Ali al-Ridha", holy("زائران در حرم امام رضا در مشهد دعا کردند.", "رضا"));
    assertEquals("Ali al-Ridha", holy("زار المؤمنون مرقد الإمام الرضا في مشهد أمس.", "الرضا"));
    assertEquals("Ali al-Ridha", holy("Pilgrims visited the shrine of Imam Reza in Mashhad.", "Reza"));
  }

  @Test
  void aGivenNameWithoutTitleOrHonorificIsNoHolyFigure() {
    assertNull(holy("التقى الوزير علي الحسين أمس في الرياض.", "الحسين"));
    assertNull(holy("Hussein said the talks would resume.", "Hussein"));
    assertNull(holy("حسین کریمی امروز به تهران رفت.", "حسین"));
  }

  @Test
  void theProphetsNameTakesOnlyHisOwnTitleOrHonorific() {
    assertEquals("Muhammad", holy("وصلوا على النبي محمد في المسجد.", "محمد"));
    assertEquals("Muhammad", holy("وصلوا على محمد (ص) في المسجد.", "محمد"));
    assertEquals("Muhammad", holy("The Prophet Muhammad was born in Mecca.", "Muhammad"));
    // an Imam's title before محمد does not make him the Prophet (Saudi copy's الإمام محمد is another man)
    assertNull(holy("ألقى الإمام محمد خطبة الجمعة في المسجد.", "محمد"));
  }
}
