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

/** Round 42 (issue 13, Arabic organisations and places). Sentences written for these tests. */
class ArabicEntityRound42Test {
  @Test
  void aMinistrysBranchKeepsTheRegionItServes() {
    List<Entity> es = run("ar", "ندوة",
        "أقام فرع وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد بمنطقة تبوك ندوة عن الوسطية أمس.");
    String branch = "فرع وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد بمنطقة تبوك";
    Entity e = mentioned(es, branch);
    assertNotNull(e, all(es));
    assertEquals(EntityType.ORGANIZATION, e.getType());
    assertNull(mentioned(es, "تبوك"), all(es)); // the region inside the branch's name is no place of its own
  }

  @Test
  void aMinistryWithoutBranchKeepsItsPlaceApart() {
    List<Entity> es = run("ar", "جولة", "وتابعت وزارة الصحة بمنطقة تبوك سير العمل في المستشفيات.");
    assertNull(mentioned(es, "وزارة الصحة بمنطقة تبوك"), all(es));
  }

  @Test
  void theBareCivilDefenceIsTheSaudiService() {
    List<Entity> es = run("ar", "حريق",
        "وأخمدت فرق الدفاع المدني حريقا شب في مستودع بحي السلي شرق الرياض دون إصابات.");
    Entity e = mentioned(es, "الدفاع المدني");
    assertNotNull(e, all(es));
    assertEquals(EntityType.ORGANIZATION, e.getType());
    assertEquals("Saudi Civil Defense", e.getName());
  }

  @Test
  void theBareBorderGuardIsNoBody() {
    // another country's guards as often as the Saudi service: only the named forms are listed
    List<Entity> es = run("ar", "الحدود", "وقال مسؤول إن حرس الحدود المغربي أوقف مئات المهاجرين قرب مليلية.");
    assertNull(mentioned(es, "حرس الحدود"), all(es));
  }
}
