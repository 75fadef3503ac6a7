package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 38 (Persian): entities on sentences written for these tests. */
class PersianEntityRound38Test {

  // PersianNameRecognizer.fieldList: a body named by a list of fields, one of them two words or the last no field noun.

  @Test
  void aListOfFieldsWithATwoWordFieldStaysOneName() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس سازمان میراث فرهنگی، صنایع دستی و گردشگری از ثبت سه اثر تازه در فهرست آثار ملی خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان میراث فرهنگی، صنایع دستی و گردشگری"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "سازمان میراث فرهنگی"), all(es));
  }

  @Test
  void aParliamentCommitteeNamedByThreeFieldsStaysWhole() {
    List<Entity> es = run("fa", "عنوان", "عضو کمیسیون برنامه، بودجه و محاسبات مجلس درباره لایحه بودجه سخن گفت.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "کمیسیون برنامه، بودجه و محاسبات مجلس"), all(es));
  }

  @Test
  void aListOfBodiesIsNoListOfFields() {
    List<Entity> es = run("fa", "عنوان",
        "این طرح با همکاری سازمان دانش‌آموزی، بسیج و آموزش و پرورش در مدارس اجرا می‌شود.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "سازمان دانش‌آموزی، بسیج و آموزش و پرورش"), all(es));
  }

  @Test
  void andSoOnClosesNoBodysName() {
    List<Entity> es = run("fa", "عنوان", "هزینه‌ها از محل دستگاه‌هایی مانند شرکت گاز، نوسازی و غیره تامین می‌شود.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "شرکت گاز، نوسازی و غیره"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "شرکت گاز، نوسازی و غیره تامین"), all(es));
  }

  @Test
  void aProvinceIsNotTakenBeforeAPastLightVerb() {
    List<Entity> es = run("fa", "عنوان",
        "معاون اداره کل میراث فرهنگی، صنایع دستی و گردشگری استان اضافه کرد: بازدیدها بیشتر شده است.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "اداره کل میراث فرهنگی، صنایع دستی و گردشگری استان اضافه"), all(es));
  }

  // PersianNameRecognizer.orgTail: a district or an article numbers the body.

  @Test
  void aDistrictMunicipalityKeepsItsNumber() {
    List<Entity> es = run("fa", "عنوان", "مسئولان شهرداری منطقه 12 از افتتاح بوستان محله خبر دادند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "شهرداری منطقه 12"), all(es));
  }

  @Test
  void anArticleCommissionKeepsItsNumber() {
    List<Entity> es = run("fa", "عنوان", "پرونده این ساختمان برای رسیدگی به کمیسیون ماده 100 فرستاده شد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "کمیسیون ماده 100"), all(es));
  }
}
