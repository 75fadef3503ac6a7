package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 57 (issue 13, Arabic organisations). Sentences written for these tests. */
class ArabicOrganisationRound57Test {
  @Test
  void aTimePhraseAfterABodyIsNoPartOfItsName() {
    List<Entity> es = run("ar", "أفغانستان",
        "تولى الزعيم الجديد قيادة حركة طالبان الأسبوع الماضي، وقال مسؤول لوكالة رويترز الاثنين الماضي إن الحركة منقسمة.");
    assertEquals("Taliban", named(es, "حركة طالبان").getName());
    assertEquals("Reuters", named(es, "وكالة رويترز").getName());
    assertNull(mentioned(es, "حركة طالبان الأسبوع الماضي"), all(es));
    assertNull(mentioned(es, "وكالة رويترز الاثنين الماضي"), all(es));
  }

  @Test
  void aNameWithANisbaAfterItKeepsIt() {
    List<Entity> es = run("ar", "تركيا", "شن الجيش غارات على مواقع حزب العمال الكردستاني في الشهر الجاري.");
    assertEquals("ORGANIZATION", named(es, "حزب العمال الكردستاني").getType().name());
  }
}
