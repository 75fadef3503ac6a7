package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13, round 6: rules on sentences written for these tests. */
class EntityRound6Test {
  @Test
  void aNameIsNotCutOutOfAWordWrittenWithAZwnj() {
    List<Entity> es = run("fa", "عنوان", "میزان بارش در این ایستگاه به ۴۲ میلی‌متر رسید و در خاورمیانه‌ای تازه کم شد.");
    assertNull(mentioned(es, "میلی"), "millimetre is no person: " + all(es));
    assertNotNull(mentioned(es, "خاورمیانه"), "a suffix after a ZWNJ still ends the name: " + all(es));
  }

  @Test
  void persianPlacesAfterPlaceWordsAndOfficesAndAgainInTheArticle() {
    List<Entity> es = run("fa", "عنوان",
        "شهردار کوهسار از آغاز طرح تازه خبر داد. در این هفته دو شهر هیرکان و بیله‌سوار با ۱۲ میلی‌متر بیشترین برف را داشتند.",
        "مردم کوهسار از این طرح استقبال کردند و ادارات شهر و حومه تعطیل اعلام شد.");
    Entity k = mentioned(es, "کوهسار");
    assertNotNull(k, all(es));
    assertEquals(EntityType.PLACE, k.getType());
    assertEquals(2, texts(k).size(), "found again alone: " + all(es));
    assertEquals(EntityType.PLACE, mentioned(es, "هیرکان").getType());
    assertEquals(EntityType.PLACE, mentioned(es, "بیله‌سوار").getType(), "joined by و: " + all(es));
    assertNull(mentioned(es, "تعطیل"), "a predicate after شهر و حومه is no place");
    assertTrue(k.getName().chars().allMatch(c -> c < 0x250), "a place the KB lacks is named in Latin letters: " + k.getName());
  }

  @Test
  void persianHonorificSeyedOutOfTheEnglishNameAndKhomeini() {
    List<Entity> es = run("fa", "عنوان", "سید مهدی کاظمیان در این نشست گفت: کار ادامه دارد. امام خمینی (ره) نماد این راه بود.");
    Entity kazemian = mentioned(es, "مهدی کاظمیان");
    assertNotNull(kazemian, all(es));
    assertEquals("Mehdi Kazemian", kazemian.getName(), "the name leaves سید out");
    assertNull(mentioned(es, "سید مهدی کاظمیان"), "written apart, سید is a title: " + all(es));
    Entity khomeini = mentioned(es, "خمینی");
    assertNotNull(khomeini, all(es));
    assertEquals("Ruhollah Khomeini", khomeini.getName());
  }

  @Test
  void persianBodiesOfParliamentAndNotTheProvincialSeat() {
    List<Entity> es = run("fa", "عنوان",
        "مرکز پژوهش‌های مجلس گزارش تازه‌ای منتشر کرد و قوه قضائیه آن را بررسی می‌کند. جلسه در مرکز استان برگزار شد.");
    Entity c = mentioned(es, "مرکز پژوهش‌های مجلس");
    assertNotNull(c, all(es));
    assertEquals(EntityType.ORGANIZATION, c.getType());
    assertNotNull(mentioned(es, "قوه قضائیه"), all(es));
    assertNull(mentioned(es, "مرکز استان"), all(es));
  }

  @Test
  void arabicIndexNamesAreNoEntities() {
    List<Entity> es = run("ar", "عنوان", "وارتفع مؤشر \"نيكي\" القياسي 120 نقطة، فيما تراجع مؤشر \"توبكس\" الأوسع نطاقا.");
    assertNull(mentioned(es, "نيكي"), all(es));
    assertNull(mentioned(es, "توبكس"), all(es));
  }

  @Test
  void arabicRanksAndPrincesOpenNamesAndAChainOfPatronymicsIsOnePerson() {
    List<Entity> es = run("ar", "عنوان",
        "وأوضح المقدم علي بن سعيد الغامدي أن الفرق باشرت البلاغ، وشكر الأمير خالد بن سلمان بن عبد العزيز الفرق.");
    Entity ali = mentioned(es, "علي بن سعيد الغامدي");
    assertNotNull(ali, all(es));
    assertEquals(EntityType.PERSON, ali.getType());
    assertNotNull(mentioned(es, "خالد بن سلمان بن عبد العزيز"), "not King Salman inside the chain: " + all(es));
  }

  @Test
  void maliTheAdjectiveIsNoCountry() {
    List<Entity> es = run("ar", "عنوان", "وتوصلت المؤسسات إلى اتفاق إنقاذ مالي جديد مع الحكومة.");
    assertNull(mentioned(es, "مالي"), all(es));
    es = run("ar", "عنوان", "وصل الوفد إلى جمهورية مالي أمس، وقال مسؤول إن مالي تحتاج إلى الدعم.");
    Entity mali = mentioned(es, "مالي");
    assertNotNull(mali, "beside the full name the short one is the country: " + all(es));
    assertEquals("Mali", mali.getName());
  }

  @Test
  void stockExchangesAndTheVowelAfterALongA() {
    Map<String, String> places = Map.of("عمان", "Amman", "الكويت", "Kuwait");
    assertEquals("Amman Stock Exchange", OrganisationName.english("بورصة عمان للأوراق المالية", places::get));
    assertEquals("Kuwait Stock Exchange", OrganisationName.english("سوق الكويت للأوراق المالية", places::get));
    Map<String, String> iran = Map.of("تهران", "Tehran");
    assertEquals("Tehran Municipality", OrganisationName.english("شهرداری تهران", iran::get));
    assertEquals("Audit Organization", OrganisationName.english("سازمان حسابرسی", iran::get));
    assertEquals("Shaker", CrossScriptName.romanize("شاكر", "ar"));
    assertEquals("Shaker", CrossScriptName.romanize("شاكر", "fa"));
  }
}
