package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 43b (Persian sport copy and foreign given names): entities on sentences written for these tests. */
class PersianEntityRound43bTest {

  // In football copy a city that names one big club (Milan, Rome) is the club; elsewhere, or after در, the city.

  @Test
  void milanInFootballCopyIsTheClub() {
    List<Entity> es = run("fa", "عنوان",
        "مهاجم جوان میلان در دیدار شب گذشته دو گل به ثمر رساند و هواداران میلان را خوشحال کرد.");
    assertEquals("AC Milan", found(es, "میلان", EntityType.ORGANIZATION).getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "میلان"), all(es));
  }

  @Test
  void romeInFootballCopyIsTheClub() {
    List<Entity> es = run("fa", "عنوان",
        "سرمربی رم پس از تساوی خانگی از عملکرد بازیکنانش انتقاد کرد.");
    assertEquals("AS Roma", found(es, "رم", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void milanOutsideFootballCopyStaysTheCity() {
    List<Entity> es = run("fa", "عنوان",
        "نمایشگاه بین‌المللی طراحی مبلمان امسال با حضور شرکت‌های ایرانی در میلان برگزار شد.");
    assertTrue(typed(es, EntityType.PLACE, "میلان"), all(es));
  }

  @Test
  void cityAfterDarInFootballCopyStaysTheCity() {
    List<Entity> es = run("fa", "عنوان",
        "اردوی تیم ملی فوتبال ایران هفته آینده در میلان برپا می‌شود.");
    assertTrue(typed(es, EntityType.PLACE, "میلان"), all(es));
  }

  // National leagues named by their own names (KB rows).

  @Test
  void leaguesByTheirOwnNames() {
    List<Entity> es = run("fa", "عنوان",
        "این بازیکن پس از دو فصل حضور در لالیگا به سری آ بازگشت.");
    assertEquals("La Liga", found(es, "لالیگا", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Serie A", found(es, "سری آ", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void continentalCupIsOneBodyNotTheContinent() {
    List<Entity> es = run("fa", "عنوان",
        "نماینده کشورمان در مرحله گروهی لیگ قهرمانان آسیا به مصاف حریف قطری می‌رود.");
    assertEquals("AFC Champions League", found(es, "لیگ قهرمانان آسیا", EntityType.ORGANIZATION).getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "آسیا"), all(es));
  }

  // An Iraqi governorate written with its Arabic article after استان.

  @Test
  void anbarAfterOstanIsTheGovernorate() {
    List<Entity> es = run("fa", "عنوان",
        "نیروهای عراقی عملیات تازه‌ای را در غرب استان الانبار آغاز کردند.");
    assertEquals("Al Anbar Governorate", found(es, "الانبار", EntityType.PLACE).getName(), all(es));
  }

  // Foreign given names open a person's name with no other cue.

  @Test
  void foreignGivenNameOpensAName() {
    List<Entity> es = run("fa", "عنوان",
        "هوگو برگمان روز دوشنبه برای دیدار با همتای خود به تهران سفر کرد.");
    assertTrue(typed(es, EntityType.PERSON, "هوگو برگمان"), all(es));
  }
}
