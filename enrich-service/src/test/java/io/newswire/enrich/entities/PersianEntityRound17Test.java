package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.Enricher;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13, round 17 (Persian), on sentences written for these tests. */
class PersianEntityRound17Test {
  @Test
  void aWomansGivenNameOpensHerNameAndHerSurnameIsFoundAgain() {
    List<Entity> es = run("fa", "عنوان",
        "سمیه نوروزی در گفت‌وگو با خبرنگار فارس افزود: بودجه ورزش بانوان کافی نیست.",
        "نوروزی تصریح کرد: باید فضاهای ورزشی بیشتری ساخته شود.");
    Entity p = mentioned(es, "سمیه نوروزی");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
    assertTrue(p.getMentions().stream().anyMatch(m -> m.getText().toString().equals("نوروزی")), all(es));
  }

  @Test
  void aGivenNameInAllahWrittenSolidIsAGivenName() {
    List<Entity> es = run("fa", "عنوان", "لطفالله کریمی امروز گفت: برداشت محصول آغاز شده است.");
    Entity p = mentioned(es, "لطفالله کریمی");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
  }

  @Test
  void aParliamentaryFactionIsAnOrganisationWithTheParliament() {
    List<Entity> es = run("fa", "عنوان", "نایب رئیس فراکسیون ورزش مجلس گفت: بودجه ورزش باید افزایش یابد.");
    Entity o = mentioned(es, "فراکسیون ورزش مجلس");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void technicalAndVocationalStaysInsideTheName() {
    List<Entity> es = run("fa", "عنوان", "این دوره با همکاری کانون فنی و حرفه‌ای برگزار شد.");
    Entity o = mentioned(es, "کانون فنی و حرفه‌ای");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertNull(mentioned(es, "کانون فنی"), all(es));
  }

  @Test
  void expectationEndsAnOrganisationsName() {
    List<Entity> es = run("fa", "عنوان", "وی گفت: از رئیس سازمان جوانان انتظار می‌رود به ورزش توجه کند.");
    Entity o = mentioned(es, "سازمان جوانان");
    assertNotNull(o, all(es));
    assertNull(mentioned(es, "سازمان جوانان انتظار"), all(es));
  }

  @Test
  void aPluralEndingTypedApartStaysInTheName() {
    List<Entity> es = run("fa", "عنوان", "هزینه‌ها از صندوق جبران خسارت های طبیعی پرداخت می‌شود.");
    Entity o = mentioned(es, "صندوق جبران خسارت های طبیعی");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void nationalBodiesByTheirShortNameGetTheirEnglishName() {
    List<Entity> es = run("fa", "عنوان",
        "در سفر هیات دولت به استان، مسیر پس از شست‌وشو به پلیس راهور تحویل داده شد.");
    Entity cabinet = mentioned(es, "هیات دولت");
    assertNotNull(cabinet, all(es));
    assertEquals("Cabinet of Iran", cabinet.getName());
    Entity police = mentioned(es, "پلیس راهور");
    assertNotNull(police, all(es));
    assertEquals("Traffic Police of Iran", police.getName());
  }

  @Test
  void theAgencyPrefixStaysAMentionWhenAReportSentenceGivesTheCity() throws Exception {
    String text = "نمایشگاه کتاب در تبریز گشایش یافت\n"
        + "خبرگزاری فارس: مدیرکل کتابخانه‌های استان گفت: نمایشگاه کتاب امروز گشایش یافت.\n"
        + "به گزارش خبرنگار فرهنگی خبرگزاری فارس از تبریز، این نمایشگاه تا پایان هفته برپاست.\n";
    EnrichedArticle a = new Enricher().enrich(new DispatchParser().parse(
        new RawDispatch("t-17", text.getBytes(StandardCharsets.UTF_8), Map.of(), 0L)));
    assertEquals("تبریز", a.getDateline().getCity());
    Entity fars = a.getEntities().stream().filter(e -> e.getName().equals("Fars News Agency")).findFirst().orElseThrow();
    assertTrue(fars.getMentions().stream().anyMatch(m -> m.getField().equals("dateline")), fars.toString());
    assertTrue(a.getParagraphs().get(0).startsWith("مدیرکل"), "the prefix is still cut from the body");
    String cityId = a.getDateline().getCityId();
    assertNotNull(cityId, "the city is linked through its mention in the report sentence");
    assertTrue(a.getEntities().stream().anyMatch(e -> e.getId().equals(cityId) && e.getType() == EntityType.PLACE));
  }

  @Test
  void aBoulevardSpelledWithWawHoldsNoPerson() {
    List<Entity> es = run("fa", "عنوان", "مسیر بولوار آیت الله طالقانی پس از پایان عملیات بازگشایی شد.");
    assertEquals(0, ofType(es, EntityType.PERSON), all(es));
  }
}
