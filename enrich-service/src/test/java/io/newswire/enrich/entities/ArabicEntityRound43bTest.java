package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.anyMentionHolds;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 43b (issue 13, Arabic organisations and places). Sentences written for these tests. */
class ArabicEntityRound43bTest {
  @Test
  void anExchangeInTheConstructStateAfterTheIndexWordIsPartOfTheIndex() {
    // مؤشر بورصة X: the index's name; the exchange named with its full name elsewhere stays
    List<Entity> es = run("ar", "الأسواق",
        "تراجع مؤشر بورصة عمان في ختام تعاملات اليوم، فيما ارتفعت أحجام التداول في سوق مسقط للأوراق المالية.");
    assertFalse(es.stream().flatMap(e -> EntityExtractorTest.texts(e).stream()).anyMatch(t -> t.startsWith("بورصة عمان")),
        all(es));
  }

  @Test
  void anExchangeNamedWithAnAdjectiveAfterTheIndexWordIsTheExchange() {
    // مؤشر البورصة X-ية: the exchange's index, the exchange named
    List<Entity> es = run("ar", "الأسواق", "أغلق مؤشر البورصة الكويتية على ارتفاع طفيف أمس.");
    Entity exchange = mentioned(es, "البورصة الكويتية");
    assertNotNull(exchange, all(es));
    assertEquals(EntityType.ORGANIZATION, exchange.getType());
  }

  @Test
  void moroccosSecurityServicesAreOrganisations() {
    List<Entity> es = run("ar", "زيارة",
        "وكان في الاستقبال القائد الجهوي للدرك الملكي والقائد الجهوي للقوات المساعدة والقائد الجهوي للوقاية المدنية.");
    for (String name : List.of("Royal Moroccan Gendarmerie", "Moroccan Auxiliary Forces", "Moroccan Civil Protection")) {
      assertTrue(es.stream().anyMatch(e -> e.getName().equals(name) && e.getType() == EntityType.ORGANIZATION),
          name + " " + all(es));
    }
  }

  @Test
  void aLakeNamedAfterATownIsOnePlace() {
    // بحيرة + town: the lake, not the town inside its name
    List<Entity> es = run("ar", "رحلة", "أقام الوفد في فندق يطل على بحيرة جنيف قبل أن يعود إلى بلاده.");
    Entity lake = mentioned(es, "بحيرة جنيف");
    assertNotNull(lake, all(es));
    assertEquals(EntityType.PLACE, lake.getType());
    assertEquals("Lake Geneva", lake.getName());
    assertNull(mentioned(es, "جنيف"), all(es));
  }

  @Test
  void asiaPacificIsOneRegion() {
    List<Entity> es = run("ar", "الطيران", "ارتفع الطلب على السفر الجوي في آسيا والمحيط الهادي خلال الشهر الماضي.");
    Entity region = mentioned(es, "آسيا والمحيط الهادي");
    assertNotNull(region, all(es));
    assertEquals("Asia-Pacific", region.getName());
    assertFalse(anyMentionHolds(es, "آسيا") && mentioned(es, "آسيا") != null, all(es));
  }
  @Test
  void aBoardNamedByItsKindIsNoOrganisation() {
    // مجلس الأمناء، الجمعية العمومية، محكمة الاستئناف: organs and courts named by their kind; the body they belong to stays
    List<Entity> es = run("ar", "اجتماع",
        "عقد مجلس الأمناء اجتماعه في مقر جامعة الملك سعود، ثم وافقت الجمعية العمومية على الميزانية، فيما رفضت محكمة الاستئناف الطعن.");
    for (String kind : List.of("الأمناء", "العمومية", "الاستئناف")) {
      assertFalse(anyMentionHolds(es, kind), kind + " " + all(es));
    }
    assertNotNull(mentioned(es, "جامعة الملك سعود"), all(es));
  }

  @Test
  void aCourtNamedWithItsTownIsLeft() {
    // محكمة الاستئناف في مدينة X: the town names the court, which stays; the bare court of appeal goes
    List<Entity> es = run("ar", "قضاء", "قضت محكمة الاستئناف في مدينة أنتويرب بسجن المتهمين.");
    assertNotNull(mentioned(es, "محكمة الاستئناف"), all(es));
    List<Entity> bare = run("ar", "قضاء", "قضت محكمة الاستئناف أمس بسجن المتهمين.");
    assertFalse(anyMentionHolds(bare, "الاستئناف"), all(bare));
  }
}
