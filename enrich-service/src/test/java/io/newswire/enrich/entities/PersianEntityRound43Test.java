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

/** Issue 13, round 43 (Persian clubs and places): entities on sentences written for these tests. */
class PersianEntityRound43Test {

  // A league club named after its province or town is the club, not the province, with or without a team's head.

  @Test
  void clubNamedAfterItsProvinceIsTheClub() {
    List<Entity> es = run("fa", "عنوان",
        "هواداران استقلال خوزستان پس از پیروزی تیمشان در اهواز جشن گرفتند.");
    assertEquals("Esteghlal Khuzestan F.C.", found(es, "استقلال خوزستان", EntityType.ORGANIZATION).getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "خوزستان"), all(es));
  }

  @Test
  void clubsListedTogetherAreClubs() {
    List<Entity> es = run("fa", "عنوان",
        "دیدار نفت آبادان و نساجی مازندران به دلیل بارندگی یک روز به تعویق افتاد.");
    assertEquals("Sanat Naft Abadan F.C.", found(es, "نفت آبادان", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Nassaji Mazandaran F.C.", found(es, "نساجی مازندران", EntityType.ORGANIZATION).getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "مازندران"), all(es));
  }

  @Test
  void provinceAloneStaysAPlace() {
    List<Entity> es = run("fa", "عنوان",
        "بارش باران در خوزستان و مازندران ادامه دارد.");
    assertTrue(typed(es, EntityType.PLACE, "خوزستان"), all(es));
  }

  // A fever named after a place is a disease.

  @Test
  void maltaFeverIsNoPlace() {
    List<Entity> es = run("fa", "عنوان",
        "دامداران روستا برای پیشگیری از تب مالت واکسن دریافت کردند.");
    assertFalse(typed(es, EntityType.PLACE, "مالت"), all(es));
  }

  @Test
  void twoWordFeverIsNoPlace() {
    List<Entity> es = run("fa", "عنوان",
        "دو مورد ابتلا به تب کریمه کنگو در کشتارگاه شهر گزارش شد.");
    assertFalse(typed(es, EntityType.PLACE, "کریمه"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "کنگو"), all(es));
  }

  @Test
  void maltaWithoutFeverIsThePlace() {
    List<Entity> es = run("fa", "عنوان",
        "وزیر خارجه مالت با همتای ایرانی خود در تهران دیدار کرد.");
    assertTrue(typed(es, EntityType.PLACE, "مالت"), all(es));
  }

  // A small town after بخش مرکزی (the county's central district) has its place word one word back.

  @Test
  void townAfterItsCentralDistrictIsThePlace() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس، دهیاران بخش مرکزی تایباد در یک کارگاه آموزشی شرکت کردند.");
    assertTrue(typed(es, EntityType.PLACE, "تایباد"), all(es));
  }
}
