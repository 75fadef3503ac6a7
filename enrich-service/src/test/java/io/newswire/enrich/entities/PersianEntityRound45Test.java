package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.EntityType;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issues 13 and 9, round 45 (Persian places; a speaker's title): entities on sentences written for these tests. */
class PersianEntityRound45Test {

  // A small town named twice, once as در X closing a phrase, needs no place word.

  @Test
  void smallTownRepeatedAfterDarIsThePlace() {
    List<Entity> es = run("fa", "کاشت هزار اصله نهال در املش",
        "رئیس اداره منابع طبیعی از کاشت هزار اصله نهال در املش خبر داد.",
        "وی افزود: جنگل‌نشینان املش در این طرح همکاری کردند.");
    assertTrue(typed(es, EntityType.PLACE, "املش"), all(es));
  }

  @Test
  void smallTownNamedOnceWithoutCueIsLeftAlone() {
    List<Entity> es = run("fa", "عنوان",
        "جنگل‌نشینان املش در طرح کاشت نهال همکاری کردند.");
    assertFalse(typed(es, EntityType.PLACE, "املش"), all(es));
  }

  @Test
  void commonWordGoingOnIntoItsComplementIsNoTown() {
    List<Entity> es = run("fa", "عنوان",
        "بهسازی بافت روستا در دستور کار است.",
        "سند مالکیت خانه‌ها در بافت مسکونی روستا صادر می‌شود.");
    assertFalse(typed(es, EntityType.PLACE, "بافت"), all(es));
  }

  // World places Persian copy names that the KB lacked (curated/places-world.tsv, round 45).

  @Test
  void worldCitiesInPersian() {
    List<Entity> es = run("fa", "عنوان",
        "دیدار دو تیم در شهر اشتوتگارت برگزار می‌شود و وزیر فردا به مقصد داووس سوئیس پرواز می‌کند.");
    assertEquals("Stuttgart", found(es, "اشتوتگارت", EntityType.PLACE).getName(), all(es));
    assertEquals("Davos", found(es, "داووس", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void southAmericaIsNotTheUnitedStates() {
    List<Entity> es = run("fa", "عنوان",
        "صادرات این شرکت به اروپا و آمریکای جنوبی دو برابر شد.");
    assertEquals("South America", found(es, "آمریکای جنوبی", EntityType.PLACE).getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "آمریکا"), all(es));
  }

  // Institutions and a person Persian copy names, KB rows of round 45 (organizations-more.tsv, people-more.tsv).

  @Test
  void knToosiUniversityWhole() {
    List<Entity> es = run("fa", "عنوان",
        "همایش مهندسی در دانشگاه صنعتی خواجه نصیرالدین طوسی برگزار شد.");
    assertEquals("K. N. Toosi University of Technology",
        found(es, "دانشگاه صنعتی خواجه نصیرالدین طوسی", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void majlisLibraryIsNotTheMajlis() {
    List<Entity> es = run("fa", "عنوان",
        "فصلنامه تازه کتابخانه مجلس شورای اسلامی منتشر شد.");
    assertEquals("Library, Museum and Document Center of the Islamic Consultative Assembly",
        found(es, "کتابخانه مجلس شورای اسلامی", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void makaremShiraziByHisKnownName() {
    List<Entity> es = run("fa", "عنوان",
        "آیت‌الله مکارم شیرازی در درس خارج فقه سخن گفت.");
    assertEquals("Naser Makarem Shirazi", found(es, "مکارم شیرازی", EntityType.PERSON).getName(), all(es));
  }

  // جمهوری اسلامی alone is Iran where it stands for the state, not after نظام or a demonstrative.

  @Test
  void islamicRepublicAloneIsIran() {
    List<Entity> es = run("fa", "عنوان",
        "مقام‌های جمهوری اسلامی از امضای قرارداد تازه خبر دادند.");
    assertEquals("Iran", found(es, "جمهوری اسلامی", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void theSystemOfTheIslamicRepublicIsNotAnnotated() {
    List<Entity> es = run("fa", "عنوان",
        "وی گفت این اقدام به سود نظام جمهوری اسلامی است و بلوار جمهوری اسلامی بازسازی می‌شود.");
    assertFalse(typed(es, EntityType.PLACE, "جمهوری اسلامی"), all(es));
  }

  // PersianNameRecognizer: والمسلمین typed with a non-joiner after its و is still the title, not a person.

  @Test
  void walmuslimeenWithANonJoinerIsATitleNotAPerson() {
    List<Entity> es = run("fa", "عنوان",
        "حجت‌الاسلام و\u200cالمسلمین حسن کریمی در خطبه‌های نماز جمعه این هفته از مردم خواست در انتخابات شرکت کنند.");
    assertFalse(typed(es, EntityType.PERSON, "و\u200cالمسلمین"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "حسن کریمی"), all(es));
  }
}
