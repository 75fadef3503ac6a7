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

/** Round 43 (issue 13, Arabic organisations and places). Sentences written for these tests. */
class ArabicEntityRound43Test {
  @Test
  void aTownClosingANameInTheConstructStateBelongsToTheBody() {
    // محكمة استئناف + the town: the court's name ends in a noun without the article, so the town is its genitive
    List<Entity> es = run("ar", "حكم جديد",
        "أيدت محكمة استئناف طهران أمس الحكم الصادر بحق رجل الأعمال.");
    Entity court = mentioned(es, "محكمة استئناف طهران");
    assertNotNull(court, all(es));
    assertEquals(EntityType.ORGANIZATION, court.getType());
    assertNull(mentioned(es, "طهران"), all(es)); // the town inside the body's name is no place of its own
  }

  @Test
  void aTownAfterADefiniteNameStaysAPlace() {
    // the name ends in a word with the article: what follows is no genitive of it, the town stands apart
    List<Entity> es = run("ar", "زيارة",
        "وصل وفد وزارة الخارجية القاهرة صباح اليوم في زيارة رسمية.");
    Entity town = mentioned(es, "القاهرة");
    assertNotNull(town, all(es));
    assertEquals(EntityType.PLACE, town.getType());
  }

  @Test
  void movementOfWhatMovesIsNoPoliticalMovement() {
    // حركة + what moves or changes: traffic, trade, a reshuffle; the movement's own name still stands
    List<Entity> es = run("ar", "الموانئ",
        "تراجعت حركة الملاحة الدولية في الميناء، فيما ينتظر الموظفون حركة تنقلات جديدة، وأعلنت حركة حماس موقفها.");
    for (Entity e : es) {
      for (String m : EntityExtractorTest.texts(e)) {
        org.junit.jupiter.api.Assertions.assertFalse(m.contains("الملاحة") || m.contains("تنقلات"), all(es));
      }
    }
    Entity hamas = mentioned(es, "حركة حماس");
    assertNotNull(hamas, all(es));
    assertEquals(EntityType.ORGANIZATION, hamas.getType());
  }

  @Test
  void aGovernmentInsideItsHeadsTitleIsNoOrganisation() {
    // رئيس الحكومة X / رئيس مجلس النواب: the office, a title; the same government acting keeps its mention
    List<Entity> es = run("ar", "زيارة",
        "استقبل رئيس الحكومة الإسبانية ماريانو راخوي أمس رئيس مجلس النواب الأردني، ثم أعلنت الحكومة الإسبانية خطة جديدة.");
    for (Entity e : es) {
      for (String m : EntityExtractorTest.texts(e)) {
        org.junit.jupiter.api.Assertions.assertFalse(m.startsWith("مجلس النواب"), all(es));
      }
    }
    Entity government = mentioned(es, "الحكومة الإسبانية");
    assertNotNull(government, all(es));
    assertEquals(1, EntityExtractorTest.texts(government).size(), all(es)); // the acting government only
  }
}
