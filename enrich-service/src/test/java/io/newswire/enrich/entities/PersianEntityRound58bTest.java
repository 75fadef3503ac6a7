package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 58, second Persian lane: entities on sentences written for these tests. */
class PersianEntityRound58bTest {

  // RepeatedNames: a known person's bare surname that is also a country's name is the person, unless the dispatch
  // names the country as such.

  @Test
  void aBareSurnameAfterTheFullNameIsThePersonNotTheCountry() {
    List<Entity> es = run("fa", "عنوان",
        "دیوید کامرون روز دوشنبه در لندن با خبرنگاران گفت‌وگو کرد.",
        "کامرون در این نشست از سیاست‌های دولت دفاع کرد و کامرون افزود که انتخابات زودهنگام برگزار نمی‌شود.");
    Entity e = mentioned(es, "کامرون");
    assertNotNull(e, all(es));
    assertEquals(EntityType.PERSON, e.getType(), all(es));
    assertEquals("David Cameron", e.getName(), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "کامرون"), all(es));
  }

  @Test
  void theCountryNamedAsSuchKeepsItsBareName() {
    List<Entity> es = run("fa", "عنوان",
        "دیوید کامرون روز دوشنبه با رئیس‌جمهور کشور کامرون در لندن دیدار کرد.",
        "کامرون در غرب آفریقا قرار دارد و بازیکنان کامرونی نیز در این مراسم بودند.");
    assertEquals(EntityType.PLACE, mentioned(es, "کامرون").getType(), all(es));
  }

  // KbLinker and CueIndex: the bare agency name after the words that make it the one interviewed or told.

  @Test
  void theBareAgencyInterviewedOrToldIsTheAgency() {
    List<Entity> es = run("fa", "عنوان",
        "وزیر نیرو در گفت‌وگو با فارس از افزایش مصرف برق خبر داد.",
        "یک کارشناس اقتصادی به فارس گفت: قیمت‌ها ثابت می‌ماند.");
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "فارس"), all(es));
    assertEquals("Fars News Agency", mentioned(es, "فارس").getName(), all(es));
  }

  @Test
  void theAnswerOfTheAgencyIsTheAgency() {
    List<Entity> es = run("fa", "عنوان",
        "دولت گزارش را تکذیب کرد و پاسخ فارس به این تکذیب منتشر شد.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "فارس"), all(es));
  }

  @Test
  void theGulfAndAPlainFarsAreNoAgency() {
    List<Entity> es = run("fa", "عنوان",
        "کشتی‌ها در خلیج فارس لنگر انداختند و مردم به فارس سفر کردند.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "فارس"), all(es));
  }
}
