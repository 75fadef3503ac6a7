package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 39b (issue 13): the smaller Middle-East towns of the dr5hn data (KbBuilder's step 2b, {@code small=true}):
 * a name of two words is a place wherever it stands, a one-word name only after a place word (شهر, شهرستان) or in
 * the dateline, never because the article names its country. Sentences written for these tests.
 */
class PlacesRound39bTest {

  @Test
  void aTwoWordTownIsAPlaceOnItsOwn() {
    List<Entity> es = run("fa", "عنوان", "ایران امروز در مسجد سلیمان از یک طرح تازه آبرسانی بهره‌برداری شد.");
    Entity e = found(es, "مسجد سلیمان", EntityType.PLACE);
    assertEquals("Masjed Soleyman", e.getName(), all(es));
  }

  @Test
  void aOneWordTownAfterAPlaceWord() {
    List<Entity> es = run("fa", "عنوان", "فرماندار شهرستان املش از افتتاح دو مدرسه تازه خبر داد.");
    Entity e = found(es, "املش", EntityType.PLACE);
    assertEquals("Amlash", e.getName(), all(es));
  }

  @Test
  void aTownAndItsCountyBothKnownAreTwoPlaces() {
    // زیراب سوادکوه: the town Zirab in Savadkuh county, both small towns of the KB now, named apart as the gold does
    List<Entity> es = run("fa", "عنوان", "امام جمعه زیراب سوادکوه گفت: مردم در راهپیمایی شرکت می‌کنند.");
    assertEquals("Zirab", found(es, "زیراب", EntityType.PLACE).getName(), all(es));
    assertEquals("Savadkuh", found(es, "سوادکوه", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void aOneWordTownNamedLikeAGivenNameNeedsAPlaceWord() {
    // مهران is a town on the Iraqi border and a man's name; Iran named in the article does not make it the town
    List<Entity> es = run("fa", "عنوان", "مهران در گفت‌وگو با خبرنگار ما از سفر خود به ایران گفت.");
    assertFalse(typed(es, EntityType.PLACE, "مهران"), all(es));
  }
}
