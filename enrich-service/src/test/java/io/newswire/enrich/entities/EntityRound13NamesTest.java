package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 13: canonical names and ids on sentences written for these tests. */
class EntityRound13NamesTest {
  @Test
  void aPlaceAfterMuhafazaIsTheGovernorate() {
    List<Entity> es = run("ar", "عنوان",
        "أعلنت السلطات المحلية في محافظة ديالى إعادة فتح الطرق الرئيسية بعد الأمطار الغزيرة.");
    Entity e = mentioned(es, "ديالى");
    assertNotNull(e, all(es));
    assertEquals("Diyala Governorate", e.getName(), all(es));
    assertEquals("place:name:diyala-governorate", e.getId(), "the governorate's own id, not the town's");
  }

  @Test
  void thePlaceTheArticleAlsoNamesBareStaysOnePlace() {
    List<Entity> es = run("ar", "عنوان",
        "وصلت قافلة المساعدات إلى محافظة حمص صباح أمس.",
        "وقال مسؤول في مدينة حمص إن القافلة ستوزع الأغذية خلال يومين.");
    Entity e = mentioned(es, "حمص");
    assertNotNull(e, all(es));
    assertTrue(!e.getName().endsWith("Governorate"), all(es));
    assertEquals(2, e.getMentions().size(), "one entity, not split: " + all(es));
  }
}
