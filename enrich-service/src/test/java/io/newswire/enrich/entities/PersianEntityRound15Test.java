package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 15 (Persian), on sentences written for these tests. */
class PersianEntityRound15Test {
  @Test
  void anIranianTownNeedsNoCueInADispatchOfAnIranianAgency() {
    List<Entity> es = run("fa", "عنوان",
        "خبرگزاری فارس: ساختمان جدید بیمارستان آموزشی زنجان تا پایان سال آماده می‌شود.",
        "دانشجویان زیادی از قم و یاسوج برای دیدن این طرح آمدند.");
    for (String town : List.of("زنجان", "قم", "یاسوج")) {
      Entity e = mentioned(es, town);
      assertNotNull(e, town + ": " + all(es));
      assertEquals(EntityType.PLACE, e.getType());
    }
    assertEquals("Qom", mentioned(es, "قم").getName());
  }

  @Test
  void withoutAnIranianAgencyAMinorTownStillNeedsACue() {
    List<Entity> es = run("fa", "عنوان",
        "ساختمان جدید بیمارستان آموزشی زنجان تا پایان سال آماده می‌شود.",
        "دانشجویان زیادی برای دیدن این طرح آمدند.");
    assertNull(mentioned(es, "زنجان"), all(es));
  }

  @Test
  void aTownNamedLikeACommonWordIsNotVouchedForByTheAgency() {
    List<Entity> es = run("fa", "عنوان",
        "خبرگزاری فارس: نخستین جلسه از سلسله نشست‌های مدیران امروز برگزار شد.",
        "فیلم در پردیس سینمایی شهر به نمایش درآمد و مردم روی پشت بام ایستادند.");
    assertNull(mentioned(es, "سلسله"), all(es));
    assertNull(mentioned(es, "پردیس"), all(es));
    assertNull(mentioned(es, "بام"), all(es));
  }

  @Test
  void aNameAfterTheMartyrTitleLeavesTheTitleOut() {
    List<Entity> es = run("fa", "عنوان",
        "خانواده شهید مهدی باکری امروز با فرماندار دیدار کردند.",
        "یاد شهید حمیدرضا کوهستانی در این مراسم گرامی داشته شد.");
    Entity bakeri = mentioned(es, "مهدی باکری");
    assertNotNull(bakeri, all(es));
    assertEquals(EntityType.PERSON, bakeri.getType());
    assertNull(mentioned(es, "شهید مهدی باکری"), all(es));
    assertNotNull(mentioned(es, "حمیدرضا کوهستانی"), all(es));
  }

  @Test
  void twoUnknownWordsAfterTheMartyrTitleAreANameWhenTheArticleRepeatsThem() {
    List<Entity> es = run("fa", "عنوان",
        "مردم شهر در سالروز شهادت شهید ماهیار تنگسیری گرد هم آمدند.",
        "امام جمعه گفت: شهید ماهیار تنگسیری الگوی جوانان است.",
        "یاد شهید چمران گرامی باد و دو شهید گلگون کفن این روستا فراموش نمی‌شوند.");
    Entity p = mentioned(es, "ماهیار تنگسیری");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
    assertNull(mentioned(es, "چمران گرامی"), all(es));
    assertNull(mentioned(es, "گلگون کفن"), all(es));
  }

  @Test
  void theMartyrTitleAfterATokenWithoutLettersIsStillATitle() {
    // a lone tatweel (ـ) is a token whose matching form is empty
    List<Entity> es = run("fa", "عنوان", "تهران ـ شهید مهدی باکری امروز در این شهر یاد شد.");
    assertNotNull(mentioned(es, "مهدی باکری"), all(es));
  }

  @Test
  void aMonthNamedLikeAGivenNameAfterATokenWithoutLettersIsNoCrash() {
    List<Entity> es = run("fa", "عنوان", "تهران ـ بهمن ماه امسال نخستین جلسه شورا برگزار شد.");
    assertNull(mentioned(es, "بهمن ماه"), all(es));
  }

  @Test
  void anOfficeRightAfterAnotherNamedPersonIsThatPersonsNotTodaysHolder() {
    List<Entity> es = run("fa", "عنوان",
        "آریل شارون نخست وزیر اسرائیل برای دیدار با همتای خود به واشنگتن سفر می‌کند.");
    assertNotNull(mentioned(es, "آریل شارون"), all(es));
    assertNull(mentioned(es, "نخست وزیر اسرائیل"), all(es));
  }

  @Test
  void aPersianWordOpeningWithKafOrFehHidesNoName() {
    List<Entity> es = run("fa", "عنوان",
        "درک مفاهیم کلامی برای کودکان مهم است و پر کردن فرم درخواست آسان شد.");
    assertNull(mentioned(es, "لامی"), all(es));
    assertNull(mentioned(es, "رم"), all(es));
  }
}
