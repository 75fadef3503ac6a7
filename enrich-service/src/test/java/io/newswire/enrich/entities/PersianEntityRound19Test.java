package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 19 (Persian), on sentences written for these tests. */
class PersianEntityRound19Test {
  @Test
  void aClericalTitlesTwoWordSurnameIsOnePerson() {
    List<Entity> es = run("fa", "عنوان", "آیت‌الله مکارم شیرازی در دیدار با طلاب سخن گفت.");
    Entity p = mentioned(es, "مکارم شیرازی");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
  }

  @Test
  void theSameTwoWordsAfterATitleTwiceAreOneNameEachTime() {
    List<Entity> es = run("fa", "عنوان", "پیام آیت‌الله جوادی آملی برای همایش فرستاده شد.",
        "متن پیام آیت‌الله جوادی آملی پیش از مراسم خوانده شد.");
    assertEquals(2, mentionsOf(es, EntityType.PERSON, "جوادی آملی"), all(es));
    assertNull(mentioned(es, "جوادی"), all(es));
    assertNull(mentioned(es, "آملی"), all(es));
  }

  @Test
  void theNobleQuranIsNoKarim() {
    List<Entity> es = run("fa", "عنوان", "محفل تلاوت قرآن کریم نوجوانان امروز در مدرسه برگزار شد.");
    assertEquals(0, ofType(es, EntityType.PERSON), all(es));
  }

  @Test
  void aForeignAgencyIsNamedWithoutItsHead() {
    List<Entity> es = run("fa", "عنوان", "به گزارش خبرگزاری یونهاپ، دو کشور درباره این طرح گفتگو کردند.");
    Entity o = mentioned(es, "یونهاپ");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertNull(mentioned(es, "خبرگزاری یونهاپ"), all(es));
  }

  @Test
  void aMilitaryTitleStaysOutsideSoleimanisName() {
    List<Entity> es = run("fa", "عنوان", "یاد حاج قاسم سلیمانی در این آیین گرامی داشته شد و از سیره سردار سلیمانی سخن گفتند.");
    assertNull(mentioned(es, "سردار سلیمانی"), all(es));
    assertEquals(EntityType.PERSON, mentioned(es, "قاسم سلیمانی").getType());
  }

  @Test
  void newspapersListedAfterTheirPluralHeadAreOrganisations() {
    List<Entity> es = run("fa", "عنوان", "این گفتگو در روزنامه‌های کیهان، جوان، رسالت و ابرار به چاپ رسید.");
    for (String paper : List.of("جوان", "رسالت", "ابرار")) {
      Entity o = mentioned(es, paper);
      assertNotNull(o, paper + " " + all(es));
      assertEquals(EntityType.ORGANIZATION, o.getType(), paper);
    }
  }

  @Test
  void aNewspaperNamedByACommonWordIsNoDirectorate() {
    List<Entity> es = run("fa", "عنوان", "این مصاحبه در روزنامه‌های اطلاعات، جوان، سیاست روز و رسالت به چاپ رسید.");
    Entity o = mentioned(es, "اطلاعات");
    assertNotNull(o, all(es));
    assertFalse(o.getName().contains("Directorate"), o.getName());
    assertNotNull(mentioned(es, "سیاست روز"), all(es));
  }

  @Test
  void newspapersWithoutAListAreNotRead() {
    List<Entity> es = run("fa", "عنوان", "روزنامه‌های صبح و عصر امروز به این موضوع پرداختند.");
    assertEquals(0, ofType(es, EntityType.ORGANIZATION), all(es));
  }

  @Test
  void theTwoTownsARoadJoinsArePlacesAndFoundAgain() {
    List<Entity> es = run("fa", "عنوان", "تصادف در جاده ساحلی بندرریگ به چاهک، دو مصدوم داشت.",
        "امدادگران هلال احمر چاهک به محل اعزام شدند.");
    Entity town = mentioned(es, "چاهک");
    assertNotNull(town, all(es));
    assertEquals(EntityType.PLACE, town.getType());
    assertEquals(2, mentionsOf(es, EntityType.PLACE, "چاهک"), all(es));
    assertNotNull(mentioned(es, "بندرریگ"), all(es));
  }

  @Test
  void aCompassWordOnARoadIsNoTown() {
    List<Entity> es = run("fa", "عنوان", "ترافیک در مسیر ورودی شمال به مشهد سنگین است.");
    assertNull(mentioned(es, "شمال"), all(es));
  }

  @Test
  void theProvinceWrittenWithASpaceIsKnown() {
    List<Entity> es = run("fa", "عنوان", "بارش برف در استان چهار محال و بختیاری ادامه دارد.");
    Entity p = mentioned(es, "چهار محال و بختیاری");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PLACE, p.getType());
  }

  @Test
  void aFieldDepartmentClosedByItsCountyIsAnOrganisation() {
    List<Entity> es = run("fa", "عنوان", "کلاس‌های تابستانی از هفته آینده در ساختمان آموزش و پرورش شهرستان نایین آغاز می‌شود.",
        "بازار کار استان تهران امسال رونق داشت.");
    Entity o = mentioned(es, "آموزش و پرورش شهرستان نایین");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertNull(mentioned(es, "کار استان تهران"), all(es));
  }

  @Test
  void aChamberOfCommerceIsABodyButARoomIsNot() {
    List<Entity> es = run("fa", "عنوان", "رئیس اتاق بازرگانی اردبیل در اتاق جلسات با تجار دیدار کرد.");
    Entity o = mentioned(es, "اتاق بازرگانی اردبیل");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertEquals(1, ofType(es, EntityType.ORGANIZATION), all(es));
  }

  @Test
  void aPlacesAdjectiveInEiNamesNoPlace() {
    List<Entity> es = run("fa", "عنوان", "تجار ترکیه‌ای در نمایشگاه تبریز حاضر شدند.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "ترکیه"), all(es));
    assertNotNull(mentioned(es, "تبریز"), all(es));
  }

  @Test
  void anIndefiniteEiKeepsThePlace() {
    List<Entity> es = run("fa", "عنوان", "کارشناسان از ظهور ترکیه‌ای جدید در منطقه سخن گفتند.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "ترکیه"), all(es));
  }

  @Test
  void aForeignNameInMarksBeforeARoleIsAPerson() {
    List<Entity> es = run("fa", "عنوان", "«پدرو آلوارز»، شهروند اسپانیا که هفته گذشته بازداشت شده بود، آزاد شد.",
        "آلوارز دیروز به کشورش بازگشت و کتاب «سفر به شرق» را معرفی کرد.");
    Entity p = mentioned(es, "پدرو آلوارز");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
    assertEquals(2, p.getMentions().size(), all(es));
    assertNull(mentioned(es, "سفر به شرق"), all(es));
  }

  @Test
  void aOneWordClubAfterTeamAndSportIsTheClubEverywhere() {
    List<Entity> es = run("fa", "عنوان", "تیم فوتبال نانت در ورزشگاه خود مقابل تیم فوتبال کشورمان قرار گرفت.",
        "بازیکنان نانت پس از بازی به هتل رفتند.");
    Entity club = mentioned(es, "نانت");
    assertNotNull(club, all(es));
    assertEquals(EntityType.ORGANIZATION, club.getType());
    assertEquals(2, club.getMentions().size(), all(es));
    assertNull(mentioned(es, "کشورمان"), all(es));
  }

  @Test
  void thisTownIsNoCueForAName() {
    List<Entity> es = run("fa", "عنوان", "اجرای این طرح به رضایت مردم این شهر انجامید.");
    assertEquals(0, ofType(es, EntityType.PLACE), all(es));
  }
}
