package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 41 canonical names through the whole extractor: a Persian club whose name is a common word, typed a club by
 * its sentence, is the KB's club (its id and name, as Arabic and English copy give it), not a Persian slug.
 * Sentences written for these tests.
 */
class CanonicalNameRound41PipelineTest {
  private static String orgId(List<Entity> es, String text) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION && e.getMentions().stream().anyMatch(m -> text.equals(m.getText())))
        .map(e -> e.getId() + " " + e.getName()).findFirst().orElse("none: " + all(es));
  }

  @Test
  void aClubWordTypedByItsSentenceIsTheKnowledgeBasesClub() {
    List<Entity> es = run("fa", "عنوان", "تیم فوتبال استقلال در ورزشگاه آزادی با یک گل برد و هواداران خوشحال شدند.");
    assertEquals("org:esteghlal Esteghlal F.C.", orgId(es, "استقلال"));
  }

  @Test
  void aClubOfATeamHeadIsTheKnowledgeBasesClubToo() {
    List<Entity> es = run("fa", "عنوان", "مربی تیم فوتبال تراکتور در نشست خبری گفت بازیکنان تراکتور آماده‌اند.");
    assertEquals("org:tractor-sc Tractor S.C.", orgId(es, "تراکتور"));
  }

  @Test
  void bodiesAndPapersNamedInFullTakeTheirEnglishNames() {
    assertEquals("org:politico Politico", orgId(run("fa", "عنوان", "نشریه آمریکایی پولیتیکو روز گذشته در گزارشی نوشت که کنگره رأی می‌دهد."), "پولیتیکو"));
    assertEquals("org:uast-iran University of Applied Science and Technology",
        orgId(run("fa", "عنوان", "رئیس دانشگاه جامع علمی کاربردی از پذیرش دانشجو در رشته‌های تازه خبر داد."), "دانشگاه جامع علمی کاربردی"));
    assertEquals("org:hizb-ut-tahrir Hizb ut-Tahrir",
        orgId(run("ar", "عنوان", "أعلنت السلطات اعتقال عشرة من أعضاء حزب التحرير في العاصمة."), "حزب التحرير"));
  }

  @Test
  void arabicCopysUniversitiesAndFirmsTakeTheirOwnEnglishNames() {
    assertEquals("org:umm-al-qura-university Umm Al-Qura University",
        orgId(run("ar", "عنوان", "استقبلت جامعة أم القرى في مكة المكرمة أمس وفدا من الباحثين."), "جامعة أم القرى"));
    assertEquals("org:volkswagen Volkswagen", orgId(run("ar", "عنوان", "أعلنت شركة فولكس فاغن الألمانية عن طراز جديد."), "فولكس فاغن"));
    // the firm's whole short name, not its first word alone
    assertEquals("org:hyundai-motor Hyundai Motor Company",
        orgId(run("en", "Headline", "Hyundai Motor said on Monday that its sales rose in March."), "Hyundai Motor"));
  }
}
