package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 23b: a holy title or honorific vetoes the KB's namesake and the article's longer name. */
class EntityRound23bTest {
  @Test
  void anHonorificVetoesTheKbNamesake() {
    // محمود عباس anchors the KB's Mahmoud Abbas, whose surname alone would then link to him
    List<Entity> es = run("fa", "دیدار", "محمود عباس رئیس تشکیلات خودگردان فلسطین روز شنبه با خبرنگاران گفت‌وگو کرد.\n"
        + "مردم شهر در روز تاسوعا به یاد حضرت عباس (ع) نذری پخش کردند.");
    Entity holy = mentioned(es, "عباس");
    assertNotNull(holy, all(es));
    assertEquals("person:holy:abbas-ibn-ali", holy.getId(), all(es));
    Entity president = mentioned(es, "محمود عباس");
    assertNotNull(president, all(es));
    assertEquals("Mahmoud Abbas", president.getName(), all(es));
  }

  @Test
  void aHolyFigureIsNoEdgeOfALongerNameInTheArticle() {
    List<Entity> es = run("fa", "مراسم", "حسین کریمی مداح اهل بیت در مسجد جامع شهر سخنرانی کرد.\n"
        + "وی گفت عزاداران در سوگ حسین (ع) از صبح در خیابان‌ها حضور داشتند.");
    Entity holy = mentioned(es, "حسین");
    assertNotNull(holy, all(es));
    assertEquals("person:holy:husayn-ibn-ali", holy.getId(), all(es));
  }

  @Test
  void theImamsFirstNameJoinsTheHolyName() {
    List<Entity> es = run("fa", "مراسم", "مراسم عزاداری سالروز شهادت امام موسی کاظم(ع) در مسجد جامع شهر برگزار شد.");
    Entity imam = mentioned(es, "موسی کاظم");
    assertNotNull(imam, all(es));
    assertEquals("person:holy:musa-al-kadhim", imam.getId(), all(es));
  }

  @Test
  void aBareSurnameStillJoinsTheLongerName() {
    List<Entity> es = run("fa", "دیدار", "محمود عباس رئیس تشکیلات خودگردان فلسطین روز شنبه به قاهره رفت.\n"
        + "عباس در این سفر با وزیر خارجه مصر دیدار کرد.");
    Entity e = mentioned(es, "عباس");
    assertNotNull(e, all(es));
    assertEquals("Mahmoud Abbas", e.getName(), all(es));
  }
}
