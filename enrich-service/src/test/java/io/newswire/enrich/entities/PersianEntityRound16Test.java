package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 16 (Persian), on sentences written for these tests. */
class PersianEntityRound16Test {
  @Test
  void seyedWrittenApartIsNoPartOfTheName() {
    List<Entity> es = run("fa", "عنوان",
        "حجت‌الاسلام سید مرتضی کاظمی امروز در جلسه شورا گفت: کار ادامه دارد.");
    Entity p = mentioned(es, "مرتضی کاظمی");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
    assertNull(mentioned(es, "سید مرتضی کاظمی"), all(es));
  }

  @Test
  void aProvinceIsMentionedWithoutItsHeadWord() {
    List<Entity> es = run("fa", "عنوان", "خبرگزاری فارس: استان مرکزی در اجرای این برنامه از استان‌های برتر است.");
    Entity p = mentioned(es, "مرکزی");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PLACE, p.getType());
    assertNull(mentioned(es, "استان مرکزی"), all(es));
  }

  @Test
  void aVillageMasterPlanIsNoPerson() {
    List<Entity> es = run("fa", "عنوان",
        "اجرای طرح هادی روستایی در ده روستا آغاز شد و طرح‌های هادی روستایی دیگر نیز در راه است.");
    assertEquals(0, ofType(es, EntityType.PERSON), all(es));
  }

  @Test
  void roleNounsBeforeAnOfficeAreNoName() {
    List<Entity> es = run("fa", "عنوان",
        "معاون هماهنگی امور اقتصادی و توسعه منابع استاندار یزد گفت: ساخت نیروگاه آغاز می‌شود.");
    assertNull(mentioned(es, "توسعه منابع"), all(es));
    assertEquals(0, ofType(es, EntityType.PERSON), all(es));
  }

  @Test
  void namesInsideAStreetsOrMosquesNameAreNotMentioned() {
    List<Entity> es = run("fa", "عنوان",
        "راهپیمایان از مسجد امام حسین و میدان شهید مفتح تا خیابان قزوین رفتند.",
        "امام خمینی (ره) نماد این راه بود و مردم در شهر قزوین نیز راهپیمایی کردند.");
    assertNull(mentioned(es, "حسین"), all(es));
    assertNull(mentioned(es, "مفتح"), all(es));
    Entity qazvin = mentioned(es, "قزوین");
    assertNotNull(qazvin, "the town named on its own stays: " + all(es));
    assertEquals(1, texts(qazvin).size(), "only the mention outside the street's name: " + all(es));
    assertNotNull(mentioned(es, "خمینی"), all(es));
  }

  @Test
  void theNewBodiesAndThePoetLinkToTheKnowledgeBase() {
    List<Entity> es = run("fa", "عنوان",
        "آیین بزرگداشت سعدی شیرازی با حضور مسئولان آستان قدس رضوی و مجمع جهانی اهل بیت برگزار شد.",
        "سعدی نماد اعتدال است و بنیاد مسکن کشور نیز در این آیین حاضر بود.");
    Entity saadi = mentioned(es, "سعدی شیرازی");
    assertNotNull(saadi, all(es));
    assertEquals("Saadi Shirazi", saadi.getName());
    assertEquals(2, texts(saadi).size(), "the bare name once the full one is there: " + all(es));
    assertEquals("Astan Quds Razavi", mentioned(es, "آستان قدس رضوی").getName());
    assertEquals("Ahl al-Bayt World Assembly", mentioned(es, "مجمع جهانی اهل بیت").getName());
    Entity housing = mentioned(es, "بنیاد مسکن کشور");
    assertNotNull(housing, all(es));
    assertEquals("Housing Foundation of Islamic Revolution", housing.getName());
  }

  @Test
  void aGivenNameJoinedByAZwnjOpensARepeatedSurname() {
    List<Entity> es = run("fa", "عنوان",
        "جمال‌الدین طباطبایی نویسنده کتاب امروز در نشست گفت: کتاب چاپ شد.",
        "طباطبایی افزود: نسخه دوم سال آینده منتشر می‌شود.");
    Entity p = mentioned(es, "جمال‌الدین طباطبایی");
    assertNotNull(p, all(es));
    assertTrue(texts(p).contains("طباطبایی"), "the surname alone is the same person: " + all(es));
  }

  @Test
  void aPlaceEndingAFestivalsNameIsNotMentionedButTheTownItIsHeldInIs() {
    List<Entity> es = run("fa", "عنوان",
        "دبیر جشنواره بین‌المللی فیلم کوتاه تهران گفت: آثار جشنواره در اصفهان نمایش داده می‌شود.",
        "میهمانان در نماز جمعه تهران حاضر شدند.");
    assertNull(mentioned(es, "تهران"), all(es));
    Entity isfahan = mentioned(es, "اصفهان");
    assertNotNull(isfahan, "after در the town is where the festival is held: " + all(es));
    assertEquals(EntityType.PLACE, isfahan.getType());
  }
}
