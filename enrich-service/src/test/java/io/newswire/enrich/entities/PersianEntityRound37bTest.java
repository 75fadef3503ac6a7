package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 37b (Persian): entities on sentences written for these tests. */
class PersianEntityRound37bTest {

  // NestedNames.growShapedOrganisations / placedBranch: a KB body grows to its branch named by a province or county.

  @Test
  void aKnownBodyGrowsToItsProvincialBranch() {
    List<Entity> es = run("fa", "عنوان", "معاون عمران روستایی بنیاد مسکن استان قم از آغاز ساخت خانه‌های روستایی خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "بنیاد مسکن استان قم"), all(es));
  }

  @Test
  void aKnownBodyGrowsOverTheImamItIsNamedAfterToItsProvince() {
    List<Entity> es = run("fa", "عنوان", "مدیرکل کمیته امداد امام خمینی(ره) استان کردستان از کمک خیران به خانواده‌ها خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "کمیته امداد امام خمینی(ره) استان کردستان"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "کردستان"), all(es));
  }

  @Test
  void aKnownBodyDoesNotGrowIntoTheWordsAfterIt() {
    List<Entity> es = run("fa", "عنوان", "کشورهای غربی برای تصویب قطعنامه به سازمان ملل فشار می‌آورند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان ملل"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "سازمان ملل فشار"), all(es));
  }

  @Test
  void theAgencysProvincialOfficeLeavesTheProvinceApart() {
    List<Entity> es = run("fa", "عنوان", "این گزارش‌ها در خبرگزاری فارس استان ایلام منتشر می‌شود.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "خبرگزاری فارس استان ایلام"), all(es));
  }

  @Test
  void aCountryAfterAKnownBodyNamesAnotherCountrysBody() {
    List<Entity> es = run("fa", "عنوان", "این شرکت قطعات توربین را به شرکت ملی نفت لیبی فرستاد.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "شرکت ملی نفت لیبی"), all(es));
  }

  // NameMatcher.find: المان without its madda is the common noun (a monument), not Germany.

  @Test
  void aMonumentWithoutMaddaIsNoCountry() {
    List<Entity> es = run("fa", "عنوان", "شهردار گفت احداث المان میدان شهدا تا پایان ماه به پایان می‌رسد.");
    assertFalse(typed(es, EntityType.PLACE, "المان"), all(es));
  }

  @Test
  void germanyWithItsMaddaIsStillTheCountry() {
    List<Entity> es = run("fa", "عنوان", "وزیر خارجه آلمان دیروز به تهران سفر کرد.");
    assertTrue(typed(es, EntityType.PLACE, "آلمان"), all(es));
  }
}
