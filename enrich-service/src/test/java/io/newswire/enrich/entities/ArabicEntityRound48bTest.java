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

/** Round 48b (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound48bTest {
  @Test
  void theForcesOfAKnownLeaderNamedByHisFamilyNameAreTheLeader() {
    // قوات الأسد with no other mention of him: the KB's leader of that family, as قوات صالح is Saleh
    List<Entity> es = run("ar", "معارك في ريف دمشق",
        "وتحدثت الصحف عن اشتباكات عنيفة بين قوات الأسد وفصائل المعارضة في ريف دمشق الغربي.");
    Entity assad = mentioned(es, "الأسد");
    assertNotNull(assad, all(es));
    assertEquals(EntityType.PERSON, assad.getType());
    assertEquals("Bashar al-Assad", assad.getName());
    assertNull(mentioned(es, "قوات الأسد"), all(es));
  }

  @Test
  void forcesNamedByADefiniteWordNoLeaderBearsStayABody() {
    List<Entity> es = run("ar", "انتشار أمني",
        "وانتشرت قوات الأمن في شوارع المدينة، فيما شنت قوات التحالف غارات على مواقع المسلحين.");
    assertNull(mentioned(es, "الأمن"), all(es));
    assertNull(mentioned(es, "التحالف"), all(es));
  }

  @Test
  void theOccupiedPalestinianTerritoriesAreOnePlaceWithTheirAdjective() {
    List<Entity> es = run("ar", "جولة الصحافة",
        "وعن الوضع في الأراضي الفلسطينية المحتلة، تحدثت الصحف عن مواجهات قرب الحرم.");
    Entity territories = mentioned(es, "الأراضي الفلسطينية المحتلة");
    assertNotNull(territories, all(es));
    assertEquals(EntityType.PLACE, territories.getType());
    assertNull(mentioned(es, "الأراضي الفلسطينية"), all(es));
  }

  @Test
  void zinjibarIsTheYemeniTownNotAnUnknownName() {
    List<Entity> es = run("ar", "تطورات ميدانية في اليمن",
        "وأعلنت القوات الموالية للحكومة اليمنية سيطرتها على زنجبار عاصمة محافظة أبين بعد معارك استمرت أياما.");
    Entity zinjibar = mentioned(es, "زنجبار");
    assertNotNull(zinjibar, all(es));
    assertEquals(EntityType.PLACE, zinjibar.getType());
    assertEquals("place:ye:zinjibar", zinjibar.getId());
  }
}
