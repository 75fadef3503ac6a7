package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 35 (Persian): entities on sentences written for these tests. */
class PersianEntityRound35Test {

  // [predicate]: a predicate's first word (an adverb, a participle, a predicate noun) ends a body's name.

  @Test
  void adverbEndsABodysName() {
    List<Entity> es = run("fa", "عنوان", "سازمان تعزیرات هرگز به تنهایی درباره این پرونده تصمیم نمی‌گیرد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان تعزیرات"), all(es));
    assertFalse(anyMentionHolds(es, "هرگز"), all(es));
  }

  @Test
  void participleWithItsPrepositionEndsABodysName() {
    List<Entity> es = run("fa", "عنوان", "این نمایش در تالار حوزه هنری واقع در خیابان سمیه اجرا می‌شود.");
    assertFalse(anyMentionHolds(es, "واقع"), all(es));
  }

  @Test
  void mannerAdverbEndsAUniversitysName() {
    List<Entity> es = run("fa", "عنوان", "دانشگاه آزاد اسلامی منصفانه در جهت اهداف خود حرکت کرده است.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "دانشگاه آزاد اسلامی"), all(es));
    assertFalse(anyMentionHolds(es, "منصفانه"), all(es));
  }

  @Test
  void predicateNounEndsACouncilsName() {
    List<Entity> es = run("fa", "عنوان", "برخی از اعضای شورای مرکزی اعتقاد داشتند که این طرح باید اصلاح شود.");
    assertFalse(anyMentionHolds(es, "اعتقاد"), all(es));
  }

  // Clubs whose one-word name is a common word, typed by their sentence only.

  @Test
  void clubAfterTeamWordIsAnOrganisation() {
    List<Entity> es = run("fa", "عنوان", "بازیکنان تیم فوتبال استقلال دو روز قبل از بازی با سایپا در باشگاه حاضر شدند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "استقلال"), all(es));
  }

  @Test
  void clubAgainstItsOpponentIsAnOrganisation() {
    List<Entity> es = run("fa", "عنوان", "سرمربی میهمان در نشست خبری پیش از دیدار مقابل فولاد اظهار داشت که تیمش آماده است.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "فولاد"), all(es));
  }

  @Test
  void clubsInAResultsLineAreOrganisations() {
    List<Entity> es = run("fa", "عنوان", "نتایج هفته بیستم: سایپا صفر - ملوان یک");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سایپا"), all(es));
  }

  @Test
  void commonWordIsNoClub() {
    List<Entity> es = run("fa", "عنوان", "ملت ایران در راه استقلال و آزادی ایستادگی کرد و تولید فولاد کشور افزایش یافت.");
    assertFalse(anyMentionHolds(es, "استقلال"), all(es));
    assertFalse(anyMentionHolds(es, "فولاد"), all(es));
  }

  @Test
  void steelCompanyAfterTeamWordIsNotTheClub() {
    List<Entity> es = run("fa", "عنوان", "بازیکنان فولاد مبارکه در اردوی تیم ملی حاضر شدند.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "فولاد"), all(es));
  }

  // A person a plant or an airport is named after is no mention.

  @Test
  void refineryNamedAfterAPersonHoldsNoPerson() {
    List<Entity> es = run("fa", "عنوان", "مدیرعامل پالایشگاه امام خمینی شازند از افزایش تولید بنزین خبر داد.");
    assertFalse(anyMentionHolds(es, "خمینی") && ofType(es, EntityType.PERSON) > 0, all(es));
  }

  @Test
  void airportNamedAfterAPersonHoldsNoPersonButItsTownIsAPlace() {
    List<Entity> es = run("fa", "عنوان", "پرواز تهران به مشهد از فرودگاه امام خمینی انجام شد و در فرودگاه مشهد نشست.");
    assertFalse(typed(es, EntityType.PERSON, "خمینی"), all(es));
    assertTrue(typed(es, EntityType.PLACE, "مشهد"), all(es));
  }
}
