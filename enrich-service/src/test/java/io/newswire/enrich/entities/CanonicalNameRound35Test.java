package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.found;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 35 (issue 13): canonical names across scripts. Saudi governorates below the generated city list's floor
 * under the names the kingdom's English press gives them (not spelt by the letter rules), Jazan as the press writes
 * it, Aden's Crater district; fields of Iranian state bodies the word table lacked. Sentences and names written for
 * these tests, no pool text.
 */
class CanonicalNameRound35Test {

  @Test
  void saudiGovernoratesUnderTheirPressNames() {
    List<Entity> es = run("ar", "عنوان", "زار وفد من الوزارة محافظة القنفذة ثم توجه إلى محافظة أملج لتفقد المشاريع.");
    assertEquals("Al Qunfudhah", found(es, "القنفذة", EntityType.PLACE).getName(), all(es));
    assertEquals("Umluj", found(es, "أملج", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void jazanAsThePressWritesIt() {
    List<Entity> es = run("ar", "عنوان", "هطلت أمطار غزيرة على منطقة جازان مساء أمس.");
    assertEquals("Jazan", found(es, "جازان", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void adensCraterDistrictIsAPlace() {
    List<Entity> es = run("ar", "عنوان", "عادت عشرات الأسر في اليمن إلى منازلها في كريتر والمعلا بمدينة عدن بعد توقف القتال.");
    assertEquals("Crater", found(es, "كريتر", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void aDatelineThatReadsAsACountryIsItsSameNamedCapital() {
    List<Entity> es = EntityExtractorTest.RULES.extract(List.of(
        new ArticleField("headline", "الصحف التونسية تهتم بالانتخابات المقبلة"),
        new ArticleField("dateline", "تونس 26 شوال 1436 هـ الموافق 11 أغسطس 2015م واس"),
        new ArticleField("paragraphs[0]", "اهتمت الصحف الصادرة اليوم بالانتخابات المقبلة في البلاد.")), "ar");
    Entity tunis = es.stream().filter(e -> e.getMentions().stream().anyMatch(m -> m.getField().toString().equals("dateline")))
        .findFirst().orElseThrow();
    assertEquals("Tunis", tunis.getName(), all(es));
    assertEquals(EntityType.PLACE, tunis.getType());
  }

  @Test
  void aCountryInTheBodyStaysTheCountry() {
    List<Entity> es = run("ar", "عنوان", "وصل الوزير إلى تونس في زيارة رسمية تستغرق يومين.");
    assertEquals("Tunisia", found(es, "تونس", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void iranianProvincialDirectoratesOfTheNewFields() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرکل منابع طبیعی و آبخیزداری استان قم از آغاز طرح کاشت نهال خبر داد.",
        "ستاد تسهیلات نوروزی استان کرمان آماده پذیرایی از مسافران است.",
        "بازرسان اداره کل تعزیرات حکومتی استان یزد از بازار بازدید کردند.");
    assertEquals("Qom Province Natural Resources and Watershed Management Directorate",
        found(es, "منابع طبیعی و آبخیزداری استان قم", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Kerman Province Nowruz Facilities Headquarters",
        found(es, "ستاد تسهیلات نوروزی استان کرمان", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Yazd Province Government Discretionary Punishments Directorate",
        found(es, "اداره کل تعزیرات حکومتی استان یزد", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void theShortNameOfTheDiscretionaryPunishmentsOrganizationIsTheKbBody() {
    List<Entity> es = run("fa", "عنوان", "سازمان تعزیرات با گران‌فروشان برخورد می‌کند.");
    assertEquals("Government Discretionary Punishments Organization",
        found(es, "سازمان تعزیرات", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void theSocialSecurityOrganization() {
    List<Entity> es = run("fa", "عنوان", "مدیرعامل سازمان تامین اجتماعی از افزایش مستمری بازنشستگان خبر داد.");
    assertEquals("Social Security Organization", found(es, "سازمان تامین اجتماعی", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void placesTheKbHadUnderAnotherSpellingOrNotAtAll() {
    List<Entity> es = run("ar", "عنوان",
        "وصل الوفد إلى كوالالمبور أمس، فيما تواصلت المعارك في سوريا قرب أعزاز وكوباني.");
    assertEquals("Kuala Lumpur", found(es, "كوالالمبور", EntityType.PLACE).getName(), all(es));
    assertEquals("Azaz", found(es, "أعزاز", EntityType.PLACE).getName(), all(es));
    assertEquals("Kobani", found(es, "كوباني", EntityType.PLACE).getName(), all(es));
  }
}
