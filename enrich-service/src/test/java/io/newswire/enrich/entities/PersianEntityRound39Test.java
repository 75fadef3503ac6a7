package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 39 (Persian organisations): entities on sentences written for these tests. */
class PersianEntityRound39Test {

  // PersianNameRecognizer.countryClosing: کشور after a body's name cut at its genitive limit.

  @Test
  void aNationalBodyKeepsCountryAfterThreeGenitives() {
    List<Entity> es = run("fa", "عنوان", "دبیر شورای عالی نظام آموزشی کشور از تغییر برنامه درسی مدارس خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "شورای عالی نظام آموزشی کشور"), all(es));
  }

  @Test
  void aNationalBodyKeepsCountryAfterAnAdjectiveInEi() {
    List<Entity> es = run("fa", "عنوان", "رئیس انجمن صنفی حمل و نقل جاده‌ای کشور از افزایش کرایه‌ها خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "انجمن صنفی حمل و نقل جاده‌ای کشور"), all(es));
  }

  @Test
  void countryNamedByAPlaceIsNotTheBodys() {
    List<Entity> es = run("fa", "عنوان", "هیئتی از ستاد مبارزه با مواد مخدر کشور عراق به تهران سفر کرد.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "ستاد مبارزه با مواد مخدر کشور"), all(es));
  }

  @Test
  void aRegionalCentreOfTheCountryIsWhole() {
    List<Entity> es = run("fa", "عنوان", "همایش قرآنی بانوان در مرکز بزرگ اسلامی غرب کشور برگزار شد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "مرکز بزرگ اسلامی غرب کشور"), all(es));
  }

  // PersianNameRecognizer.orgTail: an adjective in -ای does not close a body before its province or county.

  @Test
  void anAdjectiveInEiLeavesTheProvinceToTheBody() {
    List<Entity> es = run("fa", "عنوان", "مدیرعامل شرکت آب منطقه‌ای استان سمنان از کاهش بارش‌ها در پاییز خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "شرکت آب منطقه‌ای استان سمنان"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "سمنان"), all(es));
  }

  @Test
  void aCountyOfficeNamedByItsFieldsKeepsItsCounty() {
    List<Entity> es = run("fa", "عنوان", "رئیس اداره فرهنگ و ارشاد اسلامی شهرستان فهرج از برگزاری جشنواره شعر خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "اداره فرهنگ و ارشاد اسلامی شهرستان فهرج"), all(es));
  }

  // CountryParliaments: a parliament named with its country, and a committee of it.

  @Test
  void aCommitteeOfAForeignParliamentKeepsItsCountry() {
    List<Entity> es = run("fa", "عنوان", "رئیس کمیسیون سیاست خارجی پارلمان سوئد امروز با وزیر امور خارجه دیدار کرد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "کمیسیون سیاست خارجی پارلمان سوئد"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "سوئد"), all(es));
  }

  @Test
  void aBareParliamentWithItsCountryIsOneBody() {
    List<Entity> es = run("fa", "عنوان", "نمایندگان مجلس ژاپن فردا درباره بودجه نظامی رأی می‌دهند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "مجلس ژاپن"), all(es));
  }

  @Test
  void aProvinceAfterTheParliamentIsNoParliaments() {
    List<Entity> es = run("fa", "عنوان", "نماینده مردم بم گفت: مجلس کرمان را در بودجه امسال نادیده گرفت.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "مجلس کرمان"), all(es));
  }
}
