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

/** Round 21 (issue 13, Arabic entities and canonical names). Sentences written for these tests. */
class ArabicEntityRound21Test {
  @Test
  void anAirportNamedAfterAPersonHoldsNoPerson() {
    List<Entity> es = run("ar", "وصول الوفد",
        "وصل الوفد إلى مطار الملك خالد الدولي بالرياض مساء أمس قادما من القاهرة.");
    assertNull(mentioned(es, "خالد"), all(es));
    assertNull(mentioned(es, "الملك خالد"), all(es));
    assertNotNull(mentioned(es, "الرياض"), all(es)); // the town after the airport is the place
  }

  @Test
  void aSurnameAfterAGivenNameInsideAnAirportsNameIsNoPersonButThePersonElsewhereIs() {
    List<Entity> es = run("ar", "رحلات جديدة",
        "أعلنت شركة الطيران رحلات يومية إلى مطار حميد كرزاي الدولي. وكان حميد كرزاي قد زار الدوحة الشهر الماضي.");
    Entity person = mentioned(es, "كرزاي"); // the knowledge base matches the surname
    assertNotNull(person, all(es));
    assertEquals(EntityType.PERSON, person.getType());
    assertEquals(1, person.getMentions().size(), all(es)); // the name after the visit, not the one in the airport's
  }

  @Test
  void aDepartmentNamedByItsFieldIsAnOrganisation() {
    List<Entity> es = run("ar", "برنامج صحي",
        "أطلقت إدارة الطب الوقائي بصحة جازان برنامجا للتوعية بأمراض الصيف في المدارس.");
    Entity department = mentioned(es, "إدارة الطب الوقائي");
    assertNotNull(department, all(es));
    assertEquals(EntityType.ORGANIZATION, department.getType());
  }

  @Test
  void aBoardOrManagingSomethingIsNoDepartment() {
    List<Entity> es = run("ar", "اجتماع",
        "ترأس رئيس مجلس إدارة الهيئة السعودية للمهندسين اجتماعا ناقش قدرة الشركات على إدارة مواردها المالية.");
    assertNull(mentioned(es, "إدارة الهيئة السعودية للمهندسين"), all(es));
    assertNull(mentioned(es, "إدارة مواردها المالية"), all(es));
    assertNotNull(mentioned(es, "الهيئة السعودية للمهندسين"), all(es));
  }
}
