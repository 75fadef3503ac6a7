package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 41 (Persian persons): entities on sentences written for these tests. */
class PersianEntityRound41pTest {

  // fa-cues.txt [not-name]: the last word of a village's or a quarter's name is no surname.

  @Test
  void aVillageInMahallehIsNoPerson() {
    List<Entity> es = run("fa", "عنوان",
        "صندوق شماره 12 در مسجد روستای رضا محله و صندوق شماره 13 در دبستان حسن محله مستقر است.");
    assertFalse(typed(es, EntityType.PERSON, "رضا محله"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "حسن محله"), all(es));
  }

  @Test
  void upperAndLowerVillagesAreNoPersons() {
    List<Entity> es = run("fa", "عنوان",
        "جاده روستای علی بالا به روستای حسین پایین امسال آسفالت می‌شود.");
    assertFalse(typed(es, EntityType.PERSON, "علی بالا"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "حسین پایین"), all(es));
  }

  @Test
  void aVerbalNounAfterAGivenNameIsNoSurname() {
    List<Entity> es = run("fa", "عنوان",
        "ایران به پیمان منع گسترش سلاح‌های هسته‌ای پایبند است و قائم مقام وزیر نیز بر آن تاکید کرد.");
    assertFalse(typed(es, EntityType.PERSON, "پیمان منع"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "قائم مقام"), all(es));
  }

  // PersianNameRecognizer.beforeRole: جان (life, a stop word) is John before a surname and a role.

  @Test
  void johnBeforeASurnameAndARoleIsAPerson() {
    List<Entity> es = run("fa", "عنوان",
        "جان اسمیت کارشناس ارشد بانک جهانی در این باره گفت که رشد اقتصاد کند شده است.");
    assertTrue(typed(es, EntityType.PERSON, "جان اسمیت"), all(es));
  }

  @Test
  void lifeBeforeAVerbIsStillNoName() {
    List<Entity> es = run("fa", "عنوان",
        "در این حادثه سه نفر جان باختند و جان دو کارگر دیگر نیز در خطر است.");
    assertTrue(ofType(es, EntityType.PERSON) == 0, all(es));
  }

  // given-names-fa.txt: compounds of محمد and علی and Arabic names usual in Iraq.

  @Test
  void compoundAndArabicGivenNamesOpenAName() {
    List<Entity> es = run("fa", "عنوان",
        "در این نشست محمدنبی رحیمی و جاسم کاظمی درباره طرح تازه توضیح دادند.");
    assertTrue(typed(es, EntityType.PERSON, "محمدنبی رحیمی"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "جاسم کاظمی"), all(es));
  }

  @Test
  void aLaterSurnameAloneIsTheSamePerson() {
    List<Entity> es = run("fa", "عنوان",
        "به گفته علی‌اشرف توکلی این پروژه تا پایان سال تمام می‌شود. توکلی افزود که اعتبار آن تامین شده است.");
    assertTrue(typed(es, EntityType.PERSON, "علی‌اشرف توکلی"), all(es));
    assertTrue(mentionsOf(es, EntityType.PERSON, "توکلی") >= 1, all(es));
  }
}
