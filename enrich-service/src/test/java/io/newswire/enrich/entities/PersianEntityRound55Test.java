package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 55 (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound55Test {

  // PersianNameRecognizer.supportOf: a body named for whom it supports or defends goes on past از through its object.

  @Test
  void aBodyNamedForWhomItSupportsTakesItsObject() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرعامل انجمن حمایت از کودکان از مدرسه‌ای در شیراز بازدید کرد و کمیته حمایت از ملت فلسطین بیانیه داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "انجمن حمایت از کودکان"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "کمیته حمایت از ملت فلسطین"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "فلسطین"), all(es));
  }

  @Test
  void theObjectEndsBeforeTheSentenceGoesOn() {
    List<Entity> es = run("fa", "عنوان", "انجمن دفاع از قربانیان از دولت خواست به خانواده‌ها کمک کند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "انجمن دفاع از قربانیان"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "قربانیان از"), all(es));
  }

  @Test
  void aBodyThatSupportsSomeoneInTheSentenceKeepsItsName() {
    List<Entity> es = run("fa", "عنوان", "سازمان بهزیستی از خانواده‌های نیازمند حمایت کرد.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "نیازمند"), all(es));
  }

  // PersianNameRecognizer.pluralEzafeOn: a name whose words ran out on a plural's ezafe (‌های) takes the word it governs.

  @Test
  void aNameCutOnAPluralsEzafeTakesTheWordItGoverns() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش روابط عمومی شرکت ملی پخش فرآورده‌های نفتی، مصرف بنزین افزایش یافت.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "شرکت ملی پخش فرآورده‌های نفتی"), all(es));
  }

  @Test
  void aPlaceNounsPluralKeepsItsPlaces() {
    List<Entity> es = run("fa", "عنوان",
        "فرمانده نیروی انتظامی استان‌های تهران و البرز از کاهش سرقت خبر داد.");
    assertTrue(typed(es, EntityType.PLACE, "تهران"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "تهران"), all(es));
  }

  // PersianProvinceOffices.gluedTitleEnd: a title typed onto its office's field (مدیرگمرک) is left out of the office.

  @Test
  void aTitleTypedOntoTheOfficesFieldIsLeftOut() {
    List<Entity> es = run("fa", "عنوان", "مدیرگمرک استان کرمانشاه گفت: صادرات کالا از مرز خسروی افزایش یافت.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "گمرک استان کرمانشاه"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "مدیرگمرک"), all(es));
  }

  @Test
  void aGivenNameOrAFacilityAfterAGluedTitleIsNoOffice() {
    List<Entity> es = run("fa", "عنوان", "مدیرفرودگاه اراک گفت: پرواز مشهد برقرار است.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "اراک"), all(es));
  }

  // Knowledge base (curated/places-more.tsv): آمل، بابل and بم, Iranian towns whose Arabic readings kept them out.

  @Test
  void amolBabolAndBamAreIranianTowns() {
    List<Entity> es = run("fa", "عنوان",
        "مدیر جهاد کشاورزی آمل گفت: کشت گل افزایش یافت.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "جهاد کشاورزی آمل"), all(es));
    es = run("fa", "عنوان", "به گزارش خبرگزاری فارس از ساری، مدیرکل پست استان مازندران گفت: این طرح در شهرستان‌های"
        + " بابل و آمل اجرا می‌شود و پس از زلزله بم آثار تاریخی آن شهر بازسازی شد.");
    assertTrue(typed(es, EntityType.PLACE, "بابل"), all(es));
    assertTrue(typed(es, EntityType.PLACE, "آمل"), all(es));
    assertTrue(typed(es, EntityType.PLACE, "بم"), all(es));
  }

  @Test
  void theArabicWordsStayWords() {
    List<Entity> es = run("ar", "عنوان", "قال المسؤول إن الأمل كبير في نجاح المبادرة.");
    assertFalse(typedContaining(es, EntityType.PLACE, "الأمل"), all(es));
  }

  // Knowledge base (curated/people-more.tsv): نوری مالکی without the article, and کروبی.

  @Test
  void malikiWithoutTheArticleAndKarroubiByHisSurname() {
    List<Entity> es = run("fa", "عنوان",
        "نوری مالکی نخست وزیر عراق به تهران سفر کرد و کروبی 129 رای آورد.");
    assertTrue(typed(es, EntityType.PERSON, "نوری مالکی"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "کروبی"), all(es));
  }

  @Test
  void wellKnownPeopleThePersianCopyNames() {
    List<Entity> es = run("fa", "عنوان",
        "سفر نیکسون به تهران و ترور رفیق حریری یادآوری شد و شوکت عزیز و رومینیگه هم سخن گفتند.");
    assertTrue(typed(es, EntityType.PERSON, "نیکسون"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "رفیق حریری"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "شوکت عزیز"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "رومینیگه"), all(es));
  }

  // fa-cues [org-conjunct], round 55b: the nouns of the usual names a body was cut before "و".

  @Test
  void aBodyNamedByTwoCoordinatedNounsIsOneName() {
    List<Entity> es = run("fa", "عنوان",
        "بازرسان سازمان بازرسی و نظارت از بازار میوه بازدید کردند و شورای پول و اعتبار با کاهش نرخ سود موافقت کرد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان بازرسی و نظارت"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "شورای پول و اعتبار"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "شورای پول"), all(es));
  }

  @Test
  void threeCoordinatedNounsAndAPluralsEzafeStayInTheName() {
    List<Entity> es = run("fa", "عنوان",
        "ساختمان قدیمی وزارت پست و تلگراف و تلفن موزه شد و سازمان مدارس غیردولتی و مشارکت‌های مردمی مدرسه تازه‌ای ساخت.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "وزارت پست و تلگراف و تلفن"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان مدارس غیردولتی و مشارکت‌های مردمی"), all(es));
  }

  @Test
  void twoBodiesJoinedByAndStayTwo() {
    List<Entity> es = run("fa", "عنوان", "نمایندگان سازمان بازرسی و وزارت بازرگانی درباره قیمت برنج گفت‌وگو کردند.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "بازرسی و وزارت"), all(es));
  }
}
