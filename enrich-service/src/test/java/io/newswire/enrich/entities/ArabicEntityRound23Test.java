package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 23 (issue 13, Arabic entities and canonical names). Sentences written for these tests. */
class ArabicEntityRound23Test {
  @Test
  void aSaudiGovernorateKeepsItsTownsName() {
    List<Entity> es = run("ar", "جولة تفقدية",
        "زار أمير منطقة تبوك محافظة ضباء أمس، واطلع على مشاريع البلدية الجديدة في محافظة ضباء.");
    Entity duba = mentioned(es, "ضباء");
    assertNotNull(duba, all(es));
    assertFalse(duba.getName().endsWith("Governorate"), all(es));
  }

  @Test
  void aGovernorateTheKnowledgeBasePlacesInSaudiArabiaKeepsItsTownsName() {
    List<Entity> es = run("ar", "مشروع جديد", "افتتح المسؤولون أمس مشروعا جديدا للمياه في محافظة الطائف.");
    assertEquals("Taif", mentioned(es, "الطائف").getName(), all(es));
  }

  @Test
  void aYemeniGovernorateIsStillTheGovernorate() {
    List<Entity> es = run("ar", "اشتباكات", "تواصلت الاشتباكات أمس في محافظة لحج جنوب اليمن بين القوات والمسلحين.");
    assertEquals("Lahij Governorate", mentioned(es, "لحج").getName(), all(es));
  }

  @Test
  void aVerbalNounWithItsObjectIsNoField() {
    List<Entity> es = run("ar", "إجراءات",
        "أعلنت الحكومة الأردنية للتخفيف من آثار الأزمة حزمة إجراءات، ودعت الهيئة العامة للحصول على التمويل.");
    assertNull(mentioned(es, "الحكومة الأردنية للتخفيف"), all(es));
    assertNotNull(mentioned(es, "الحكومة الأردنية"), all(es));
    assertNull(mentioned(es, "الهيئة العامة للحصول"), all(es));
  }

  @Test
  void aFieldAfterTheNameStays() {
    List<Entity> es = run("ar", "اتفاقية", "وقع الاتحاد السعودي للمبارزة اتفاقية تعاون مع الجامعة أمس.");
    assertNotNull(mentioned(es, "الاتحاد السعودي للمبارزة"), all(es));
  }
}
