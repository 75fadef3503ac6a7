package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 38b (Persian): entities on sentences written for these tests. */
class PersianEntityRound38bTest {

  // PersianNameRecognizer.add: a plural glued to a body's last word is the name's own.

  @Test
  void aBodyKeepsThePluralOfItsLastWord() {
    List<Entity> es = run("fa", "عنوان", "رئیس سازمان زندان‌ها از آزادی پانصد زندانی در آستانه عید خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان زندان‌ها"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "سازمان زندان"), all(es));
  }

  @Test
  void aPluralsEzafeJoinsTheBodyToItsProvince() {
    List<Entity> es = run("fa", "عنوان", "مدیرکل اداره کل زندان‌های استان سمنان از برگزاری دوره‌های آموزشی برای مددجویان خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "اداره کل زندان‌های استان سمنان"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "سمنان"), all(es));
  }

  @Test
  void anObjectMarkerIsStillNoPartOfTheName() {
    List<Entity> es = run("fa", "عنوان", "نمایندگان گزارش سازمان بازرسی کل کشور‌را بررسی کردند.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "سازمان بازرسی کل کشور‌را"), all(es));
  }

  // PersianNameRecognizer.mediumQuoted: the medium a report is relayed from.

  @Test
  void aPaperAfterRelayedFromAndACommaIsAnOrganisation() {
    List<Entity> es = run("fa", "عنوان", "به گزارش فارس به نقل از اینفو نیوز، دولت انگلیس بودجه آموزش را کاهش داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "اینفو نیوز"), all(es));
  }

  @Test
  void aPressOfficeIsNoMedium() {
    List<Entity> es = run("fa", "عنوان", "به نقل از روابط عمومی، سازمان بنادر و دریانوردی ساعت کار اسکله‌ها را تغییر داد.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "روابط عمومی"), all(es));
  }

  @Test
  void aPersonRelayedWithHisVerbIsNoMedium() {
    List<Entity> es = run("fa", "عنوان", "خبرنگار ما به نقل از کریمی افزود، جلسه فردا برگزار می‌شود.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "کریمی افزود"), all(es));
  }

  // fa-cues [org-conjunct]: water a field of a list.

  @Test
  void theAgricultureWaterAndNaturalResourcesCommissionIsOneBody() {
    List<Entity> es = run("fa", "عنوان", "رئیس کمیسیون کشاورزی، آب و منابع طبیعی درباره خرید تضمینی گندم توضیح داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "کمیسیون کشاورزی، آب و منابع طبیعی"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "کمیسیون کشاورزی"), all(es));
  }
}
