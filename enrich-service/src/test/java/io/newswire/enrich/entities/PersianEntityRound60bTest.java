package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 60, second Persian lane (organisations and events): entities on sentences written for these tests. */
class PersianEntityRound60bTest {

  // FacilityNames: a host named after an edition's year, or after the Olympics or continental games, is inside the
  // event's name (r45); the host named apart, or a venue named after the Olympics, keeps its place.

  @Test
  void aHostAfterTheEditionsYearIsInsideTheEventsName() {
    List<Entity> es = run("fa", "عنوان",
        "این بازیکن در جام جهانی 2014 برزیل درخشید و در المپیک 2012 لندن هم بازی کرد. او اکنون در برزیل زندگی می‌کند.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "برزیل"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "لندن"), all(es));
  }

  @Test
  void theOlympicsAndAsianGamesHostIsInsideTheirNames() {
    List<Entity> es = run("fa", "عنوان",
        "وزنه‌بردار کشورمان در المپیک نوجوانان سنگاپور و مسابقات آسیایی ژاپن شرکت می‌کند و سپس به ژاپن می‌رود.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "سنگاپور"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "ژاپن"), all(es));
  }

  @Test
  void aHotelNamedAfterTheOlympicsKeepsItsTown() {
    List<Entity> es = run("fa", "عنوان", "اردوی تیم ملی در هتل المپیک تهران برگزار می‌شود.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "تهران"), all(es));
  }

  @Test
  void aYearWithNoEventBeforeItLeavesThePlace() {
    List<Entity> es = run("fa", "عنوان", "او در سال 2010 به ژاپن رفت و قرارداد 2012 ژاپن را امضا کرد.");
    assertEquals(2, mentionsOf(es, EntityType.PLACE, "ژاپن"), all(es));
  }

  // KB rows (organizations-more.tsv): a free zone named bare or with سازمان is one organisation (round 58's ruling).

  @Test
  void aFreeZoneBareAndWithItsOrganisationIsOneEntity() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرعامل سازمان منطقه آزاد ارس گفت: منطقه آزاد ارس در نمایشگاه گردشگری حضور دارد.");
    Entity zone = found(es, "منطقه آزاد ارس", EntityType.ORGANIZATION);
    assertEquals("Aras Free Zone", zone.getName(), all(es));
    assertEquals(2, zone.getMentions().size(), all(es));
    assertEquals(1, ofType(es, EntityType.ORGANIZATION), all(es));
  }

  // PersianDepartments.joinPlaces: گلستان (a rose garden, the KB's province only with استان) right after a local
  // body's name is its last word.

  @Test
  void golestanClosesAWaterCompanysName() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرعامل شرکت آب منطقه‌ای گلستان گفت: بارش‌ها در این استان افزایش یافت.");
    found(es, "شرکت آب منطقه‌ای گلستان", EntityType.ORGANIZATION);
  }

  @Test
  void golestanWithoutABodyBeforeItIsNoOrganisation() {
    List<Entity> es = run("fa", "عنوان", "در گلستان سعدی آمده است که شاعر به سفر رفت.");
    assertEquals(false, typedContaining(es, EntityType.ORGANIZATION, "گلستان"), all(es));
  }

  // PersianNameRecognizer.enjoiningGood: a body named after the duty goes on over its به and از.

  @Test
  void aHeadquartersNamedAfterEnjoiningGoodIsNamedWhole() {
    List<Entity> es = run("fa", "عنوان",
        "در جلسه ستاد احیای امر به معروف و نهی از منکر شهرستان درباره حجاب گفت‌وگو شد.");
    found(es, "ستاد احیای امر به معروف و نهی از منکر", EntityType.ORGANIZATION);
  }

  @Test
  void theDutyAloneIsNoBody() {
    List<Entity> es = run("fa", "عنوان", "امام جمعه گفت: امر به معروف و نهی از منکر وظیفه همه مردم است.");
    assertEquals(false, typedContaining(es, EntityType.ORGANIZATION, "معروف"), all(es));
  }

  // PersianDepartments.iribCentres: IRIB's provincial centre is one organisation.

  @Test
  void irisProvincialCentreIsOneBody() {
    List<Entity> es = run("fa", "عنوان",
        "مدیر کل صدا و سیمای مرکز مازندران گفت: برنامه‌های تازه‌ای ساخته می‌شود. صدا و سیما از آن حمایت کرد.");
    found(es, "صدا و سیمای مرکز مازندران", EntityType.ORGANIZATION);
    assertEquals("IRIB", found(es, "صدا و سیما", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals(false, typed(es, EntityType.ORGANIZATION, "مرکز مازندران"), all(es));
  }

  // KB rows: bodies whose names hold a country's or another body's name.

  @Test
  void theShippingLineAndTheWeeklyAreTheirOwnBodies() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش روابط عمومی کشتیرانی جمهوری اسلامی ایران، شماره تازه هفته‌نامه خط حزب‌الله منتشر شد و ایلاف نوشت که ایران آماده است.");
    assertEquals("Islamic Republic of Iran Shipping Lines",
        found(es, "کشتیرانی جمهوری اسلامی ایران", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Khatt-e Hezbollah", found(es, "خط حزب‌الله", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Elaph", found(es, "ایلاف", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals(false, es.stream().anyMatch(e -> "Hezbollah".equals(e.getName())), all(es));
  }
}
