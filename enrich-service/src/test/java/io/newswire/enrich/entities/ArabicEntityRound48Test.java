package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 48 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound48Test {
  @Test
  void aNationalityAfterABodysOwnNameStaysOutOfIt() {
    // حزب الله، الحرس الثوري: the KB's own names; the adjective after them describes the body
    List<Entity> es = run("ar", "تصعيد جديد",
        "اتهم مسؤول أوروبي حزب الله اللبناني بإرسال مقاتلين، فيما حذر الحرس الثوري الإيراني من أي هجوم على قواعده.");
    Entity hezbollah = mentioned(es, "حزب الله");
    assertNotNull(hezbollah, all(es));
    assertEquals(EntityType.ORGANIZATION, hezbollah.getType());
    assertNull(mentioned(es, "حزب الله اللبناني"), all(es));
    assertNotNull(mentioned(es, "الحرس الثوري"), all(es));
    assertNull(mentioned(es, "الحرس الثوري الإيراني"), all(es));
  }

  @Test
  void aGenericBodyKeepsTheCountryItsAdjectiveGives() {
    // مجلس الوزراء الكويتي: the adjective tells which country's cabinet, part of the name
    List<Entity> es = run("ar", "قرار حكومي",
        "وافق مجلس الوزراء الكويتي أمس على مشروع الميزانية الجديدة بعد نقاش طويل.");
    assertNotNull(mentioned(es, "مجلس الوزراء الكويتي"), all(es));
  }

  @Test
  void aNameWhoseEnglishHoldsTheNationalityKeepsIt() {
    // أرامكو السعودية is Saudi Aramco: the adjective is part of the company's name in both languages
    List<Entity> es = run("ar", "النفط",
        "رفعت شركة أرامكو السعودية أسعار الخام العربي الخفيف لعملائها في آسيا الشهر المقبل.");
    assertNotNull(mentioned(es, "أرامكو السعودية"), all(es));
  }
}
