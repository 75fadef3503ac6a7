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

/** Issue 13, round 52 (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound52Test {

  // names.PersianListedFirms: a market report's list of tickers names firms, their towns inside.

  @Test
  void tickersAfterNamadhaAreFirms() {
    List<Entity> es = run("fa", "عنوان",
        "امروز نمادهای پالایش نفت شیراز، پتروشیمی اراک، گل‌گهر و سرمایه‌گذاری آتیه بیشترین اثر مثبت را در شاخص داشتند.");
    for (String firm : List.of("پالایش نفت شیراز", "پتروشیمی اراک", "گل‌گهر", "سرمایه‌گذاری آتیه")) {
      assertTrue(typed(es, EntityType.ORGANIZATION, firm), firm + ": " + all(es));
    }
    assertFalse(typed(es, EntityType.PLACE, "شیراز"), all(es));
    assertEquals("Arak Petrochemical Company", found(es, "پتروشیمی اراک", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void firmsListedAfterAbaratandAzAreFirms() {
    List<Entity> es = run("fa", "عنوان",
        "حجم مبنای ده شرکت تغییر کرد که این شرکت‌ها عبارتند از: سیمان کرمان - فولاد خراسان - بانک دی.");
    for (String firm : List.of("سیمان کرمان", "فولاد خراسان")) {
      assertTrue(typed(es, EntityType.ORGANIZATION, firm), firm + ": " + all(es));
    }
  }

  @Test
  void aListOfSymbolsWithoutAFirmIsLeftAlone() {
    List<Entity> es = run("fa", "عنوان",
        "به گفته وی نمادهای این جشن شامل سفره هفت‌سین، آتش و آب روان است.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "آتش"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "سفره هفت‌سین"), all(es));
  }

  // PersianMunicipalities: شهرداری names a municipality only with its town or district.

  @Test
  void aBareMunicipalityBeforeAPredicateIsNoName() {
    List<Entity> es = run("fa", "عنوان",
        "به گفته وی کارنامه شهرداری کاملا روشن است و نگاه مردم به شهرداری مثبت است.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "شهرداری"), all(es));
    List<Entity> town = run("fa", "عنوان",
        "شهرداری شیراز طرح تازه‌ای برای حمل و نقل عمومی آغاز کرد.");
    assertTrue(typed(town, EntityType.ORGANIZATION, "شهرداری شیراز"), all(town));
  }

  // ProvinceRepeats (52b): once استان گلستان is written, the bare گلستان of provincial copy is the province.

  @Test
  void bareGolestanAfterItsProvinceIsTheProvince() {
    List<Entity> es = run("fa", "عنوان",
        "بارندگی در استان گلستان از ابتدای سال آبی افزایش یافت. استاندار گلستان گفت: جاده‌های گلستان نیاز به بهسازی دارند.");
    assertEquals(3, provinceMentions(es), all(es));
    List<Entity> body = run("fa", "عنوان",
        "دادگستری استان گلستان پرونده را بررسی کرد و استاندار گلستان به آن واکنش نشان داد.");
    assertEquals(1, provinceMentions(body), all(body));
  }

  @Test
  void golestanThePalaceOrTheBookIsNoProvince() {
    List<Entity> es = run("fa", "عنوان",
        "گردشگران استان گلستان از کاخ گلستان در تهران دیدن کردند و بخشی از گلستان سعدی را خواندند.");
    assertEquals(1, provinceMentions(es), all(es));
    List<Entity> alone = run("fa", "عنوان", "شاعر گفت: جاده‌های گلستان و باغ‌های آن زیباست.");
    assertEquals(0, provinceMentions(alone), all(alone));
  }

  private static long provinceMentions(List<Entity> es) {
    return es.stream().filter(e -> "Golestan Province".equals(e.getName())).mapToLong(e -> e.getMentions().size()).sum();
  }
}
