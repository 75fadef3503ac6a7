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

/** Round 17 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound17Test {
  @Test
  void theFirmsOfABourseListAreOrganisations() {
    List<Entity> es = run("ar", "الأسهم تتراجع",
        "وكانت أسهم شركات سابك ,والراجحي ,ووفاء للتأمين ,وزين الأكثر ارتفاعا اليوم، فيما تراجع المؤشر.");
    for (String firm : List.of("سابك", "الراجحي", "وفاء للتأمين", "زين")) {
      Entity e = mentioned(es, firm);
      assertNotNull(e, firm + " in " + all(es));
      assertEquals(EntityType.ORGANIZATION, e.getType(), firm);
    }
    assertEquals("SABIC", mentioned(es, "سابك").getName());
    assertEquals("Wafa Insurance", mentioned(es, "وفاء للتأمين").getName()); // X للتأمين: X Insurance
  }

  @Test
  void aListJoinedByWawAloneIsCutAtEachWaw() {
    List<Entity> es = run("ar", "السوق",
        "وجاءت أسهم شركات موبايلي وتكوين ودار الأركان و كيان على رأس الشركات الأكثر نشاطا.");
    for (String firm : List.of("موبايلي", "تكوين", "دار الأركان", "كيان")) { // و written apart too
      Entity e = mentioned(es, firm);
      assertNotNull(e, firm + " in " + all(es));
      assertEquals(EntityType.ORGANIZATION, e.getType(), firm);
    }
  }

  @Test
  void aSectorAfterTheSameWordsIsNoList() {
    List<Entity> es = run("ar", "السوق", "وتراجعت أسهم شركات البتروكيماويات، التي تقود السوق.");
    assertNull(mentioned(es, "البتروكيماويات"), all(es));
  }

  @Test
  void aKnowledgeBaseClubOnceAfterItsHeadInAMatchReportIsTheClub() {
    List<Entity> es = run("ar", "مباراة ودية", "يلتقي فريق الهلال يوم الاثنين فريقا إيطاليا في مباراة ودية بمعسكره.");
    Entity hilal = mentioned(es, "الهلال"); // one sign only, but the knowledge base has نادي الهلال
    assertNotNull(hilal, all(es));
    assertEquals(EntityType.ORGANIZATION, hilal.getType());
    assertEquals("Al-Hilal FC", hilal.getName());
  }
}
