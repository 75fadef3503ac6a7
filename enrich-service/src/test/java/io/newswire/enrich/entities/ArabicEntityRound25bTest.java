package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 25b (issue 13, Arabic entities): a rank's grade and corps words and the Pope's title stay out of the person.
 * Sentences written for these tests.
 */
class ArabicEntityRound25bTest {
  @Test
  void theNameAfterARankStartsAfterItsGradeAndCorps() {
    List<Entity> es = run("ar", "زيارة",
        "وحضر الاجتماع العميد طيار ركن سالم الدوسري، والملازم أول نادر الحربي، في مقر القيادة.");
    Entity salem = mentioned(es, "سالم الدوسري");
    assertNotNull(salem, all(es));
    assertEquals(EntityType.PERSON, salem.getType(), all(es));
    assertNull(mentioned(es, "طيار ركن"), all(es));
    assertTrue(es.stream().flatMap(e -> e.getMentions().stream()).noneMatch(m -> m.getText().startsWith("طيار")), all(es));
  }

  @Test
  void aGradeAloneAfterARankIsNoName() {
    List<Entity> es = run("ar", "تحليل",
        "وأضاف العقيد متقاعد أن الجيش قادر على حماية الحدود الشمالية.");
    assertNull(mentioned(es, "متقاعد"), all(es));
  }

  @Test
  void aPopeIsNamedWithoutHisTitle() {
    List<Entity> es = run("ar", "زيارة",
        "وقرر البابا فرنسيس زيارة المدينة في الربيع المقبل.");
    Entity pope = mentioned(es, "فرنسيس");
    assertNotNull(pope, all(es));
    assertEquals(EntityType.PERSON, pope.getType(), all(es));
    assertNull(mentioned(es, "البابا فرنسيس"), all(es));
  }

  @Test
  void theTitleAloneBeforeAVerbOpensNoName() {
    List<Entity> es = run("ar", "احتفال",
        "لكن البابا يستطيع أن يدعو إلى الاحتفال قبل موعده.");
    assertTrue(es.stream().flatMap(e -> e.getMentions().stream())
        .noneMatch(m -> m.getText().startsWith("يستطيع") || m.getText().startsWith("البابا")), all(es));
  }
}
