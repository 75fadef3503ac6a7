package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 59, third Persian lane: entities on sentences written for these tests. */
class PersianEntityRound59cTest {

  // KbLinker (SharedTownNames): قدس further on in a list of towns after a plural place noun is the Iranian town.

  @Test
  void qodsInAListOfCountiesIsTheIranianTown() {
    List<Entity> es = run("fa", "عنوان",
        "فرماندار گفت: در شهرستان‌های اسلامشهر، قدس و رباط‌کریم مدارس تعطیل شد و در شهرهای ملارد و قدس نیز همین‌طور.");
    assertEquals("Qods", found(es, "قدس", EntityType.PLACE).getName(), all(es));
    assertFalse(es.stream().anyMatch(e -> "Jerusalem".equals(e.getName())), all(es));
  }

  @Test
  void qodsInAListWithoutAPlaceNounIsJerusalem() {
    List<Entity> es = run("fa", "عنوان",
        "مردم در راهپیمایی از فلسطین، قدس و غزه حمایت کردند و از آزادی قدس سخن گفتند.");
    assertFalse(es.stream().anyMatch(e -> "Qods".equals(e.getName())), all(es));
  }

  // CueIndex.agencyCueBefore: a reporter's desk glued to خبرنگار still cues the agency.

  @Test
  void aGluedDeskBeforeFarsIsTheAgency() {
    List<Entity> es = run("fa", "عنوان",
        "وزیر در گفت‌وگو با خبرنگاراقتصادی فارس گفت: قیمت نان ثابت می‌ماند.");
    assertEquals("Fars News Agency", found(es, "فارس", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void reportersTravellingToFarsProvinceNameThePlace() {
    List<Entity> es = run("fa", "عنوان", "گروهی از خبرنگاران به استان فارس سفر کردند.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "فارس"), all(es));
  }
}
