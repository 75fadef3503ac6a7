package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 37 (Persian): entities on sentences written for these tests. */
class PersianEntityRound37Test {

  // PersianNameRecognizer.orgTail: the rarer light-verb forms (می‌شود، داشت، ندارد، شدند) end a body's name.

  @Test
  void aPassiveLightVerbLeavesItsNounOutOfAMinistrysName() {
    List<Entity> es = run("fa", "عنوان", "بخش بزرگی از هزینه‌های این باشگاه از وزارت نفت تامین می‌شود و مدیران آن نگران هستند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "وزارت نفت"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "وزارت نفت تامین"), all(es));
  }

  @Test
  void aNegatedHaveLeavesItsNounOutOfAMinistrysName() {
    List<Entity> es = run("fa", "عنوان", "سخنگوی باشگاه گفت وزارت نفت بنا ندارد سهم خود را از بودجه تیم کم کند.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "وزارت نفت بنا"), all(es));
  }

  @Test
  void aPluralPassiveLeavesItsNounOutOfAPoliceUnitsName() {
    List<Entity> es = run("fa", "عنوان", "دو سارق خودرو پس از یک هفته تحقیق توسط پلیس آگاهی دستگیر شدند و به دادسرا رفتند.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "پلیس آگاهی دستگیر"), all(es));
  }

  @Test
  void anAdjectiveInYeBeforeTheVerbStaysInTheName() {
    List<Entity> es = run("fa", "عنوان", "شرکت‌های بزرگ اطلاعات فروش خود را به سازمان امور مالیاتی ندادند و جریمه شدند.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "سازمان امور"), all(es));
  }

  // PersianNameRecognizer.namedAfterWithin: a body named after a person further into its name.

  @Test
  void aUniversityNamedAfterAnImamKeepsTheName() {
    List<Entity> es = run("fa", "عنوان", "استاد دانشگاه افسری امام حسین در نشست دیروز از دانشجویان تقدیر کرد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "دانشگاه افسری امام حسین"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "حسین"), all(es));
  }

  @Test
  void aFridayPrayerLeaderAfterABodyIsNoPartOfIt() {
    List<Entity> es = run("fa", "عنوان", "رئیس دانشگاه افسری امام جمعه این شهر را در مراسم دیروز همراهی کرد.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "دانشگاه افسری امام جمعه"), all(es));
  }
}
