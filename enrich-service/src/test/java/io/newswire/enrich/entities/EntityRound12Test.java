package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 12: rules on sentences written for these tests. */
class EntityRound12Test {
  @Test
  void aDeputysOfficeIsNotTheOfficeHolder() {
    List<Entity> es = run("fa", "عنوان",
        "معاون رئیس جمهور عراق روز گذشته در یک نشست خبری در بغداد از تصویب این قانون انتقاد کرد.");
    assertEquals(0, ofType(es, EntityType.PERSON), all(es));
    assertTrue(mentionsOf(es, EntityType.PLACE, "عراق") >= 1, all(es));
  }

  @Test
  void aHospitalIsAFacilityNotAnOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "دو مصدوم این حادثه به بیمارستان شهید رجایی کرج منتقل شدند و حال آنها مساعد است.");
    assertEquals(0, ofType(es, EntityType.ORGANIZATION), all(es));
  }

  @Test
  void aBodyNamedWithSacredDefenceKeepsTheWordsAfterAnd() {
    List<Entity> es = run("fa", "عنوان",
        "دبیر انجمن عکاسان انقلاب و دفاع مقدس از برگزاری نمایشگاهی در تبریز خبر داد.");
    assertNotNull(mentioned(es, "انجمن عکاسان انقلاب و دفاع مقدس"), all(es));
    assertNull(mentioned(es, "انجمن عکاسان انقلاب"), all(es));
  }

  @Test
  void foodAndDrugsIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "سازمان غذا و دارو درباره مصرف این مکمل‌ها به مردم هشدار داد.");
    assertNotNull(mentioned(es, "سازمان غذا و دارو"), all(es));
  }

  @Test
  void anOpeningEndsAName() {
    List<Entity> es = run("fa", "عنوان",
        "در دهه فجر امسال چهار طرح شرکت گاز استان افتتاح خواهد شد و پنج طرح دیگر در شهرستان نیکشهر افتتاح می‌شود.");
    assertNull(mentioned(es, "نیکشهر افتتاح"), all(es));
  }

  @Test
  void aCabinetNamedByItsCountrysAdjectiveIsABody() {
    List<Entity> es = run("ar", "عنوان",
        "وأدان مجلس الوزراء اللبناني في جلسته الأسبوعية الهجوم الذي استهدف دورية للجيش في الشمال.");
    assertNotNull(mentioned(es, "مجلس الوزراء اللبناني"), all(es));
  }

  @Test
  void theCabinetAfterItsPresidentIsAnOffice() {
    List<Entity> es = run("ar", "عنوان",
        "واستقبل رئيس مجلس الوزراء اللبناني أمس وفدا من رجال الأعمال.");
    assertNull(mentioned(es, "مجلس الوزراء اللبناني"), all(es));
  }

  @Test
  void aFestivalsCouncilBelongsToTheEvent() {
    List<Entity> es = run("fa", "عنوان",
        "شورای سیاست‌گذاری جشنواره تئاتر کودک اسامی داوران این دوره را اعلام کرد.");
    assertEquals(0, ofType(es, EntityType.ORGANIZATION), all(es));
  }

  @Test
  void aCampaignOfficeIsItsCandidate() {
    List<Entity> es = run("fa", "عنوان",
        "مهدی کروبی روز گذشته در جمع هواداران خود سخنرانی کرد.",
        "یکی از اعضای ستاد کروبی گفت این سخنرانی در تبریز تکرار می‌شود.");
    assertEquals(0, ofType(es, EntityType.ORGANIZATION), all(es));
    assertTrue(mentionsOf(es, EntityType.PERSON, "کروبی") >= 1, all(es));
  }

  @Test
  void aNewspaperIsNamedWithoutItsHeadAndNationality() {
    List<Entity> es = run("fa", "عنوان",
        "روزنامه اماراتی البیان در گزارشی از افزایش قیمت بنزین در منطقه خبر داد.");
    assertNotNull(mentioned(es, "البیان"), all(es));
    assertNull(mentioned(es, "روزنامه اماراتی البیان"), all(es));
  }

  @Test
  void theTownsOfAMemberOfParliamentArePlaces() {
    List<Entity> es = run("fa", "عنوان",
        "نماینده مردم سپیدان، بیضا و کوه چنار در مجلس از تصویب این طرح خبر داد.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "سپیدان"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "بیضا"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "کوه چنار"), all(es));
  }

  @Test
  void theTownOfAFridayPrayerLeaderIsAPlace() {
    List<Entity> es = run("fa", "عنوان",
        "امام جمعه نورآباد گفت: مردم این شهرستان همواره در صحنه بوده‌اند.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "نورآباد"), all(es));
  }

  @Test
  void chairedByIsNoPresidencyBody() {
    List<Entity> es = run("ar", "عنوان",
        "وعقد المجلس اجتماعه الدوري أمس برئاسة رئيس مجلس الوزراء بالإنابة وبحث عددا من الموضوعات.");
    assertNull(mentioned(es, "رئاسة رئيس"), all(es));
    assertEquals(0, ofType(es, EntityType.ORGANIZATION), all(es));
  }

  @Test
  void theForcesOfANamedResistanceAreThatBody() {
    List<Entity> es = run("ar", "عنوان",
        "وتمكنت قوات المقاومة الشعبية من استعادة السيطرة على التلال المطلة على المدينة بعد معارك عنيفة.");
    assertNotNull(mentioned(es, "المقاومة الشعبية"), all(es));
    assertNull(mentioned(es, "قوات المقاومة الشعبية"), all(es));
  }

  @Test
  void aResistanceInAPurposePhraseIsPartOfTheNameBefore() {
    List<Entity> es = run("ar", "عنوان",
        "وأعلنت الجبهة الوطنية للمقاومة الليبية مسؤوليتها عن الهجوم في بيان نشرته على موقعها.");
    assertNull(mentioned(es, "لمقاومة الليبية"), all(es));
  }
}
