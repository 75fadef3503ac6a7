package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 37b (Arabic organisations): مجموعة ("a group") followed by one bare imperfect verb, or by منهم / أخرى, names
 * no group; a quoted name after it still does. القوات and a nationality adjective are that country's army, an
 * organisation; القوات and another adjective (الموالية، الأمنية) stay a description. Sentences written for these tests.
 */
class ArabicEntityRound37bTest {
  private static boolean noOrganisation(List<Entity> es, String text) {
    Entity e = mentioned(es, text);
    return e == null || e.getType() != EntityType.ORGANIZATION;
  }

  @Test
  void aVerbAfterGroupIsNoGroupsName() {
    List<Entity> es = run("ar", "محلي",
        "وأوقفت الشرطة رجلا يشتبه في قيادته مجموعة تنتمي إلى تنظيم متطرف في جنوب البلاد.");
    assertTrue(noOrganisation(es, "تنتمي"), all(es));
  }

  @Test
  void anotherGroupIsNoGroupsName() {
    List<Entity> es = run("ar", "تقرير",
        "وتنشط في الصحراء خلية معروفة، كما توجد مجموعة أخرى تعمل في الشمال منذ سنوات.");
    assertTrue(noOrganisation(es, "أخرى"), all(es));
  }

  @Test
  void aPronounAfterGroupIsNoGroupsName() {
    List<Entity> es = run("ar", "دراسة",
        "شملت الدراسة مئة طالب، وخضعت مجموعة منهم لبرنامج تدريبي مدة ستة أسابيع.");
    assertTrue(noOrganisation(es, "منهم"), all(es));
  }

  @Test
  void aQuotedNameAfterGroupIsStillTheGroup() {
    List<Entity> es = run("ar", "أسواق",
        "وأعلنت مجموعة «فالكورا» القابضة أن أرباحها ارتفعت في الربع الثاني.");
    Entity e = mentioned(es, "فالكورا");
    assertNotNull(e, all(es));
    assertEquals(EntityType.ORGANIZATION, e.getType(), all(es));
  }

  @Test
  void forcesNamedByTheirCountryAreAnOrganisation() {
    List<Entity> es = run("ar", "حدود",
        "وقال مسؤول محلي إن القوات الهندية قصفت قرية حدودية، فيما ردت القوات الموالية للحكومة بإطلاق النار.");
    Entity e = mentioned(es, "القوات الهندية");
    assertNotNull(e, all(es));
    assertEquals(EntityType.ORGANIZATION, e.getType(), all(es));
    assertTrue(noOrganisation(es, "القوات الموالية"), all(es));
  }
}
