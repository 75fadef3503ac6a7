package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 29 (Persian): entities on sentences written for these tests. */
class PersianEntityRound29Test {

  // A verbal noun that opens the predicate ends a body's name.

  @Test
  void aVerbalNounAfterABodysNameIsNotPartOfIt() {
    List<Entity> es = run("fa", "عنوان", "موسسه فرهنگی کوثر اقدام به برپایی نمایشگاه کتاب در شهر کرد.");
    found(es, "موسسه فرهنگی کوثر", EntityType.ORGANIZATION);
    assertFalse(anyMentionHolds(es, "اقدام"), all(es));
  }

  @Test
  void theSameNameBeforeAnotherWordKeepsItsLength() {
    // a word outside the list after the name stays the name's (only the predicate's verbal nouns end it)
    List<Entity> es = run("fa", "عنوان", "موسسه فرهنگی کوثر روستا دیروز نمایشگاه کتاب را برپا کرد.");
    found(es, "موسسه فرهنگی کوثر روستا", EntityType.ORGANIZATION);
  }

  // A body named for what it fights goes on past با through its object.

  @Test
  void aBodyNamedForWhatItFightsKeepsItsObject() {
    List<Entity> es = run("fa", "عنوان", "رئیس پلیس مبارزه با مواد مخدر دیروز از کشف یک محموله خبر داد.");
    found(es, "پلیس مبارزه با مواد مخدر", EntityType.ORGANIZATION);
  }

  @Test
  void theObjectIsOneNounUnlessItOpensACompound() {
    List<Entity> es = run("fa", "عنوان", "ستاد مقابله با کرونا تصمیم تازه‌ای درباره مدارس گرفت.");
    found(es, "ستاد مقابله با کرونا", EntityType.ORGANIZATION);
    assertFalse(anyMentionHolds(es, "کرونا تصمیم"), all(es));
  }

  @Test
  void fightingWithNoHeadIsNoName() {
    List<Entity> es = run("fa", "عنوان", "مردم روستا برای مبارزه با مواد مخدر به مسجد رفتند.");
    assertFalse(anyMentionHolds(es, "مبارزه"), all(es));
  }

  // پل is "bridge" before it is Paul.

  @Test
  void aBridgeIsNoPerson() {
    List<Entity> es = run("fa", "عنوان", "پل سنگی روستا پس از سیل دیروز بازسازی شد و پل روگذر هم باز شد.");
    assertEquals(0, ofType(es, EntityType.PERSON), all(es));
  }

  @Test
  void anotherGivenNameStillOpensAName() {
    List<Entity> es = run("fa", "عنوان", "پرویز کاظمی دیروز از پل سنگی روستا دیدن کرد.");
    found(es, "پرویز کاظمی", EntityType.PERSON);
  }

  // A periodical's or site's name in «» is the medium.

  @Test
  void aPeriodicalsNameInMarksIsTheMedium() {
    List<Entity> es = run("fa", "عنوان", "به گزارش نشریه «صدای دشت»، بارندگی امسال بیشتر بوده است.");
    found(es, "صدای دشت", EntityType.ORGANIZATION);
  }

  @Test
  void aSitesNameAfterItsDescriptionIsTheMedium() {
    List<Entity> es = run("fa", "عنوان", "پایگاه خبری-تحلیلی «نگاه نو» نوشت که جلسه به تعویق افتاده است.");
    found(es, "نگاه نو", EntityType.ORGANIZATION);
  }

  @Test
  void aPeriodicalWithoutMarksIsNoName() {
    // without marks the words after نشریه are as often its description
    List<Entity> es = run("fa", "عنوان", "نشریه علمی دانشکده در پایان سال منتشر می‌شود.");
    assertFalse(anyMentionHolds(es, "نشریه"), all(es));
  }

  @Test
  void aBaseInARegionNamedInMarksIsNoMedium() {
    // پایگاه is also a (military) base; a preposition ends its description, the marks then name the region
    List<Entity> es = run("fa", "عنوان", "نیروها پایگاه شورشیان در منطقه «الحمیدیه» را گرفتند.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "الحمیدیه"), all(es));
  }

  // A place right after روز is a day's name.

  @Test
  void quodsDayIsNoMentionOfThePlace() {
    List<Entity> es = run("fa", "عنوان", "راهپیمایی روز جهانی قدس امسال در همه شهرها برگزار شد و مردم روز قدس را گرامی داشتند.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "قدس"), all(es));
  }

  @Test
  void countedDaysBeforeAPlaceLeaveIt() {
    List<Entity> es = run("fa", "عنوان", "هیئت اقتصادی پس از چند روز ایران را ترک کرد.");
    assertTrue(mentionsOf(es, EntityType.PLACE, "ایران") > 0, all(es));
  }
}
