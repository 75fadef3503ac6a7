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

/** Issue 13, round 39 (Persian precision and persons): entities on sentences written for these tests. */
class PersianPrecisionRound39Test {

  // PersianNameRecognizer, the clerical title path: a pair repeated after the title needs a name word second.

  @Test
  void aTitledSurnameRepeatedWithItsVerbLeavesTheVerbOut() {
    List<Entity> es = run("fa", "عنوان",
        "امام جمعه شهر در مراسم یادبود آیت‌الله مرادخانی گفت: او سال‌ها در خدمت مردم بود.",
        "یکی از شاگردان آیت‌الله مرادخانی گفت: درس اخلاق او همیشه شلوغ بود.");
    assertTrue(typed(es, EntityType.PERSON, "مرادخانی"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "مرادخانی گفت"), all(es));
  }

  @Test
  void aTitledTwoWordSurnameRepeatedIsStillWhole() {
    List<Entity> es = run("fa", "عنوان",
        "آیت‌الله مصباح یزدی در دیدار با طلاب از اهمیت اخلاق گفت.",
        "به گفته شاگردان، آیت‌الله مصباح یزدی درس فلسفه را هر هفته برگزار می‌کرد.");
    assertTrue(typed(es, EntityType.PERSON, "مصباح یزدی"), all(es));
  }

  // PersianNameRecognizer.usedPlainFirst: a noun the article used alone before a given name that is a word too.

  @Test
  void aNounUsedAloneBeforeAGivenNameIsNoSurname() {
    List<Entity> es = run("fa", "سفر حج امسال با استقبال زائران همراه بود",
        "سازمان حج و زیارت اعلام کرد برگزاری حج در تابستان برای زائران سالمند دشوار است.",
        "یکی از زائران گفت خاطرات شیرین حج تا پایان عمر در ذهن او می‌ماند.");
    assertFalse(typed(es, EntityType.PERSON, "شیرین حج"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "حج"), all(es));
  }

  @Test
  void aSurnameUsedAfterATitleFirstIsStillAName() {
    List<Entity> es = run("fa", "عنوان",
        "آقای سلحشور از برنامه‌های تازه تیم خبر داد.",
        "به گفته آقای سلحشور تمرینات از هفته آینده آغاز می‌شود.",
        "جمشید سلحشور سرمربی تیم در گفت‌وگو با خبرنگار فارس افزود: بازیکنان آماده‌اند.");
    assertTrue(typed(es, EntityType.PERSON, "جمشید سلحشور"), all(es));
  }

  // PersianNameRecognizer.secondSurnameWord: a second surname word in -ی before از، که، نیز، هم.

  @Test
  void aTownsAdjectiveEndsTheSurnameBeforeARelative() {
    List<Entity> es = run("fa", "عنوان", "مراسم بزرگداشت محمدکاظم نوری همدانی که سال‌ها در حوزه تدریس کرد برگزار شد.");
    assertTrue(typed(es, EntityType.PERSON, "محمدکاظم نوری همدانی"), all(es));
  }

  @Test
  void whenIsNoSecondSurnameWord() {
    List<Entity> es = run("fa", "عنوان", "به گفته مربی تیم، مهدی کاظمی زمانی که به تمرین برگشت آماده بازی بود.");
    assertFalse(typed(es, EntityType.PERSON, "مهدی کاظمی زمانی"), all(es));
  }

  // PersianNameRecognizer.repeatedAfterMartyr: a pair the article points at (این X Y) is a noun phrase.

  @Test
  void aMartyrOfARaidIsNoName() {
    List<Entity> es = run("fa", "عنوان",
        "در سالروز بمباران پالایشگاه، این حمله هوایی ده‌ها کارگر را به شهادت رساند.",
        "خانواده آتش‌نشان شهید حمله هوایی در مراسم حضور داشتند.");
    assertFalse(typed(es, EntityType.PERSON, "حمله هوایی"), all(es));
  }
}
