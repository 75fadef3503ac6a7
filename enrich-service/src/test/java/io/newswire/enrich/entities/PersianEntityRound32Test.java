package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 32 (Persian): entities on sentences written for these tests. */
class PersianEntityRound32Test {

  private static boolean anyMentionIs(List<Entity> es, String text) {
    for (Entity e : es) {
      if (texts(e).contains(text)) {
        return true;
      }
    }
    return false;
  }

  // A unit of the Guards or the Basij is one organisation whole, not the force the knowledge base knows.

  @Test
  void guardsCountyDistrictIsOneBody() {
    List<Entity> es = run("fa", "عنوان", "فرمانده سپاه ناحیه گچساران گفت: رزمایش کمک مومنانه در این شهرستان ادامه دارد.");
    Entity unit = found(es, "سپاه ناحیه گچساران", EntityType.ORGANIZATION);
    assertNotEquals("org:irgc", unit.getId(), all(es));
    assertFalse(anyMentionIs(es, "سپاه"), all(es));
  }

  @Test
  void basijOfAClassIsOneBody() {
    List<Entity> es = run("fa", "عنوان",
        "مسئول بسیج جامعه زنان لرستان گفت: بسیج دانشجویی و سازمان بسیج ورزشکاران کشور در این برنامه همکاری دارند.");
    found(es, "بسیج دانشجویی", EntityType.ORGANIZATION);
    found(es, "سازمان بسیج ورزشکاران کشور", EntityType.ORGANIZATION);
    assertTrue(anyMentionHolds(es, "بسیج جامعه زنان"), all(es));
    assertFalse(anyMentionIs(es, "بسیج"), all(es));
  }

  @Test
  void resistanceDistrictOpensTheUnit() {
    List<Entity> es = run("fa", "عنوان", "فرمانده ناحیه مقاومت بسیج گچساران امروز از برگزاری اردوی جهادی خبر داد.");
    assertTrue(anyMentionHolds(es, "ناحیه مقاومت بسیج"), all(es));
    assertFalse(anyMentionIs(es, "بسیج"), all(es));
  }

  @Test
  void theForceAloneStaysTheForce() {
    List<Entity> es = run("fa", "عنوان", "سپاه و بسیج در کمک به سیل‌زدگان پیشگام بودند.");
    assertTrue(anyMentionIs(es, "سپاه"), all(es));
  }

  // A paper the knowledge base knows is named without its head word.

  @Test
  void knownPaperWithoutItsHead() {
    List<Entity> es = run("fa", "عنوان", "روزنامه واشنگتن پست نوشت: نشست وزیران نفت هفته آینده برگزار می‌شود.");
    found(es, "واشنگتن پست", EntityType.ORGANIZATION);
    assertFalse(anyMentionHolds(es, "روزنامه"), all(es));
  }

  // حسن "goodness of" before the noun it qualifies is no given name.

  @Test
  void goodnessOfIsNoHasan() {
    List<Entity> es = run("fa", "عنوان", "نماینده دادستان بر حسن اجرای قانون نظارت می‌کند و حسن ظن به مردم را لازم دانست.");
    assertFalse(anyMentionHolds(es, "حسن"), all(es));
  }

  @Test
  void hasanWithASurnameIsStillAPerson() {
    List<Entity> es = run("fa", "عنوان", "حسن کریمی مدیر مدرسه گفت: کلاس‌ها از شنبه آغاز می‌شود.");
    found(es, "حسن کریمی", EntityType.PERSON);
  }

  // A vowelled Arabic verse holds no Persian name.

  @Test
  void vowelledVerseHoldsNoPerson() {
    List<Entity> es = run("fa", "عنوان",
        "خطیب جمعه به این آیه اشاره کرد: «وَلَا تَقْرَبُوا مَالَ الْیَتِیمِ» و گفت: عَلَى لِسَانِ پیامبران سخن گفته شده است.");
    for (Entity e : es) {
      assertFalse(e.getType() == EntityType.PERSON, all(es));
    }
  }

  @Test
  void tanwinAdverbIsNoGivenName() {
    List<Entity> es = run("fa", "عنوان", "وی گفت: قطعاً ورود مدیر جدید به این معاونت تحولی ایجاد می‌کند.");
    assertFalse(anyMentionHolds(es, "ورود"), all(es));
  }

  @Test
  void oneVowelMarkInAPersianNameKeepsIt() {
    List<Entity> es = run("fa", "عنوان", "بیِژن بختیار امشب در دیدار با بازاریان شهر گفت: بازار رونق گرفته است.");
    found(es, "بیِژن بختیار", EntityType.PERSON);
  }

  // The noun of a compound verb in the present, the future or negated is no part of a body's name.

  @Test
  void presentCompoundVerbEndsTheBody() {
    List<Entity> es = run("fa", "عنوان", "وی افزود: پلیس به دانش‌آموزان کمک خواهد کرد و شهرداری کمک می‌کند.");
    assertFalse(anyMentionHolds(es, "کمک"), all(es));
  }

  @Test
  void subjunctiveCompoundVerbEndsTheBody() {
    List<Entity> es = run("fa", "عنوان", "اداره کل ورزش از سازمان لیگ درخواست کند تا مسابقات یک هفته عقب بیفتد.");
    found(es, "سازمان لیگ", EntityType.ORGANIZATION);
    assertFalse(anyMentionHolds(es, "درخواست"), all(es));
  }
}
