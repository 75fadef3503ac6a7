package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.found;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * dr5hn gives Oman's Salalah the Arabic name صلاة ('prayer'), so every الصلاة in Arabic copy was a place; the
 * builder now skips that word and the curated row gives the town's real spellings. Sentences written for this test.
 */
class KbSalalahTest {

  @Test
  void prayerIsNoPlace() {
    List<Entity> es = run("ar", "عنوان", "أدى المصلون الصلاة في المسجد الكبير بعد أن أعلن الإمام موعدها.");
    assertTrue(es.stream().noneMatch(e -> e.getType() == EntityType.PLACE), all(es));
  }

  @Test
  void salalahUnderItsArabicName() {
    List<Entity> es = run("ar", "عنوان", "وصل وزير الخارجية إلى مدينة صلالة في سلطنة عمان مساء أمس.");
    assertEquals("Salalah", found(es, "صلالة", EntityType.PLACE).getName(), all(es));
  }
}
