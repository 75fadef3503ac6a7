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

/** Issue 13, round 59, second Persian lane (organisations): entities on sentences written for these tests. */
class PersianEntityRound59bTest {

  // PersianDepartments.freeZones: a free zone named bare is its organisation, whole, no place inside.

  @Test
  void aBareFreeZoneIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرعامل سازمان منطقه آزاد ارس گفت: منطقه آزاد ارس در نمایشگاه گردشگری حضور دارد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "منطقه آزاد ارس"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان منطقه آزاد ارس"), all(es));
    assertFalse(typedContaining(es, EntityType.PLACE, "ارس"), all(es));
  }

  @Test
  void aZoneOfAKindAndABodyOfTheZoneTakeTheWholeName() {
    List<Entity> es = run("fa", "عنوان",
        "منطقه آزاد تجاری-صنعتی کیش میزبان این همایش بود و مدیر انجمن خبرنگاران منطقه آزاد قشم نیز سخن گفت.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "منطقه آزاد تجاری-صنعتی کیش"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "انجمن خبرنگاران منطقه آزاد قشم"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "قشم"), all(es));
  }

  @Test
  void aZoneWithoutAKnownNameIsNoOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "نمایندگان خواستار ایجاد منطقه آزاد تجاری و گردشگری در استان اردبیل شدند و مردم به منطقه آزاد رفتند.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "منطقه آزاد"), all(es));
  }

  // fa-cues [org-conjunct]: nouns of bodies' names after و (the body was cut before them).

  @Test
  void aBodyNamedByTwoNounsJoinedByAndIsWhole() {
    List<Entity> es = run("fa", "عنوان",
        "به گفته رئیس سازمان حمایت مصرف‌کنندگان و تولیدکنندگان، قیمت‌ها ثابت ماند و سازمان اطلاعات و جاسوسی اسرائیل هم خبر را تکذیب کرد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان حمایت مصرف‌کنندگان و تولیدکنندگان"), all(es));
    assertTrue(typedContaining(es, EntityType.ORGANIZATION, "سازمان اطلاعات و جاسوسی"), all(es));
  }

  @Test
  void theNounsWithoutABodyAreNoName() {
    List<Entity> es = run("fa", "عنوان",
        "مسئولان درباره شنود و جاسوسی رایانه‌ای و ارسال پرونده متخلفان به دادگاه سخن گفتند.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "جاسوسی"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "ارسال"), all(es));
  }
}
