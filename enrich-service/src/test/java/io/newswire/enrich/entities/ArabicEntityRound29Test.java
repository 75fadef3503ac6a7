package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 29 (issue 13, Arabic entities): the general staff named in a chief of staff's title (رئيس هيئة الأركان
 * العامة) is his office, no body, as وزير الخارجية names no ministry; the staff acting on its own stays a body.
 * Sentences written for these tests.
 */
class ArabicEntityRound29Test {
  private static boolean organisation(List<Entity> es, String part) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().contains(part));
  }

  @Test
  void theGeneralStaffInAChiefOfStaffsTitleIsNoBody() {
    List<Entity> es = run("ar", "اجتماع عسكري",
        "وحضر اللقاء رئيس هيئة الأركان العامة الفريق أول ركن سالم الدوسري، ونائب رئيس هيئة أركان الجيش.");
    assertTrue(!organisation(es, "الأركان") && !organisation(es, "أركان"), all(es));
  }

  @Test
  void theGeneralStaffActingIsStillABody() {
    List<Entity> es = run("ar", "بيان عسكري",
        "وأصدرت هيئة الأركان العامة للقوات المسلحة بيانا أمس عن نتائج التمرين المشترك.");
    assertTrue(organisation(es, "هيئة الأركان العامة"), all(es));
  }
}
