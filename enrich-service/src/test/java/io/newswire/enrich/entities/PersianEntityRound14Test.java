package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 14 (Persian): two-word place names and two-word surnames, on sentences written for these tests. */
class PersianEntityRound14Test {
  @Test
  void aTwoWordVillageNameTheArticleRepeatsAfterItsPlaceWordIsOnePlace() {
    List<Entity> es = run("fa", "عنوان",
        "راه ارتباطی روستای قره آغاج پس از بارش سنگین برف مسدود شد.",
        "اهالی روستای قره آغاج خواستار بازگشایی هرچه زودتر جاده شدند.");
    Entity village = mentioned(es, "قره آغاج");
    assertNotNull(village, all(es));
    assertEquals(EntityType.PLACE, village.getType());
    assertEquals(2, village.getMentions().size(), all(es));
    assertNull(mentioned(es, "قره"), all(es));
  }

  @Test
  void aTownWrittenOnceWithAZeroWidthJoinerKeepsBothWordsWhenWrittenApart() {
    List<Entity> es = run("fa", "عنوان",
        "کشاورزان شهرستان کوه سرخ امسال محصول بیشتری برداشت کردند.",
        "سد کوه‌سرخ نیز پس از بارندگی‌های اخیر پر شده است.");
    Entity town = mentioned(es, "کوه سرخ");
    assertNotNull(town, all(es));
    assertEquals(EntityType.PLACE, town.getType());
  }

  @Test
  void aWordAfterAVillageNamedOnceStaysOut() {
    List<Entity> es = run("fa", "عنوان",
        "سیل دیروز به مزارع روستای سرچشمه خسارت زیادی وارد کرد.");
    assertNull(mentioned(es, "سرچشمه خسارت"), all(es));
  }

  @Test
  void aTwoWordSurnameClosedByATimeWordIsPartOfTheName() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس از کرمان، مرتضی جلالی کوهبنانی امروز در جمع خبرنگاران از افتتاح سه طرح آبرسانی خبر داد.",
        "جلالی کوهبنانی افزود: این طرح‌ها تا پایان سال به بهره‌برداری می‌رسند.");
    Entity person = mentioned(es, "مرتضی جلالی کوهبنانی");
    assertNotNull(person, all(es));
    assertEquals(EntityType.PERSON, person.getType());
    assertSame(person, mentioned(es, "جلالی کوهبنانی"), all(es));
    assertNull(mentioned(es, "مرتضی جلالی"), all(es));
  }

  @Test
  void aTwoWordSurnameInAListEndsAtTheCommaOrBeforeTheNextGivenName() {
    List<Entity> es = run("fa", "عنوان",
        "در این مراسم از سعید کامرانی اصل، زهره شفیعی و مریم احمدی تقدیر شد.",
        "همچنین از حمید نوری زنوز و علی رحیمی قدردانی شد.");
    assertNotNull(mentioned(es, "سعید کامرانی اصل"), all(es));
    assertNotNull(mentioned(es, "حمید نوری زنوز"), all(es));
    assertNull(mentioned(es, "سعید کامرانی"), all(es));
  }

  @Test
  void aTimeWordAfterANameIsNoSurname() {
    List<Entity> es = run("fa", "عنوان",
        "رضا عباسی دیشب در یک برنامه تلویزیونی گفت: قیمت‌ها کاهش می‌یابد.",
        "مریم کریمی سه‌شنبه در نشست خبری گفت: ثبت‌نام آغاز شده است.");
    assertNotNull(mentioned(es, "رضا عباسی"), all(es));
    assertNotNull(mentioned(es, "مریم کریمی"), all(es));
    assertNull(mentioned(es, "رضا عباسی دیشب"), all(es));
    assertNull(mentioned(es, "مریم کریمی سه‌شنبه"), all(es));
  }
}
