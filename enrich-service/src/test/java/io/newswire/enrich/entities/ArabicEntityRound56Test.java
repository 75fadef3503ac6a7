package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 56 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound56Test {
  @Test
  void theGovernmentWithANationalityIsTheCountrysGovernment() {
    List<Entity> es = run("ar", "دبلوماسية",
        "وأبدت الحكومة الفرنسية استعدادها لتقديم المساعدة، فيما رحبت بالحكومة البرازيلية الجديدة عواصم عدة، "
            + "واتهم التقرير الحكومة الإريترية بانتهاكات واسعة.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "الحكومة الفرنسية"), all(es));
    assertEquals("Government of France", mentioned(es, "الحكومة الفرنسية").getName(), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "الحكومة البرازيلية"), all(es));
    assertEquals("Government of Eritrea", mentioned(es, "الحكومة الإريترية").getName(), all(es));
  }

  @Test
  void aGovernmentDescribedOrInAHeadsTitleIsNoBody() {
    List<Entity> es = run("ar", "سياسة",
        "وقالت الحكومة المركزية إنها ستدرس الطلب، والتقى رئيس الحكومة الإسبانية وفدا من رجال الأعمال.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "الحكومة المركزية"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "الحكومة الإسبانية"), all(es));
  }

  @Test
  void aGovernmentNamedByItsCapitalIsTheCountrysGovernment() {
    List<Entity> es = run("ar", "مفاوضات",
        "ووقعت الحركة اتفاق سلام مع حكومة باماكو في يونيو الماضي، فيما رفضته حكومة العبادي.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "حكومة باماكو"), all(es));
    assertEquals("Government of Mali", mentioned(es, "حكومة باماكو").getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "باماكو"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "حكومة العبادي"), all(es));
  }

  @Test
  void theKurdistanRegionalGovernmentIsOneBody() {
    List<Entity> es = run("ar", "أربيل",
        "وأعلنت حكومة إقليم كردستان أمس عن خطة جديدة لدعم النازحين في أربيل.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "حكومة إقليم كردستان"), all(es));
    assertEquals("Kurdistan Regional Government", mentioned(es, "حكومة إقليم كردستان").getName(), all(es));
  }

  @Test
  void aCountrysHighestCourtIsABody() {
    List<Entity> es = run("ar", "قضاء",
        "وقضت المحكمة الدستورية العليا ببطلان القانون، فيما رفضت المحكمة العليا الإسبانية الطعن، "
            + "وأحيلت القضية إلى المحكمة الابتدائية في المدينة، وينتظر البرلمان تعديل قانون المحكمة الدستورية.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "المحكمة الدستورية العليا"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "المحكمة العليا الإسبانية"), all(es));
    assertEquals("Supreme Court of Spain", mentioned(es, "المحكمة العليا الإسبانية").getName(), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "الابتدائية"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "المحكمة الدستورية"), all(es));
  }
}
