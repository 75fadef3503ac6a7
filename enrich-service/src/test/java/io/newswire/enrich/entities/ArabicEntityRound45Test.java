package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 45 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound45Test {
  @Test
  void theSuezCanalIsAWaterwayNotTheTownNorAChannel() {
    List<Entity> es = run("ar", "ملاحة",
        "عبرت عشرات السفن قناة السويس أمس، بعد أيام من افتتاح قناة السويس الجديدة.");
    Entity canal = named(es, "قناة السويس");
    assertEquals(EntityType.PLACE, canal.getType());
    assertEquals("Suez Canal", canal.getName());
    assertEquals("New Suez Canal", named(es, "قناة السويس الجديدة").getName());
    assertNull(mentioned(es, "السويس"), all(es)); // the town inside the canal's name is no place of its own
  }

  @Test
  void theChannelAndCalaisArePlaces() {
    List<Entity> es = run("ar", "مهاجرون",
        "حاول مئات المهاجرين عبور نفق المانش انطلاقا من ميناء كاليه ليلة أمس.");
    assertEquals("English Channel", named(es, "المانش").getName());
    assertEquals("Calais", named(es, "كاليه").getName());
  }

  @Test
  void knownFiguresTakeTheirNames() {
    List<Entity> es = run("ar", "كتاب",
        "يتناول الكتاب الجديد فكر ابن خلدون، وقال رأفت الصباغ إن الصباغ نفسه قرأه مرتين.");
    assertEquals("Ibn Khaldun", named(es, "ابن خلدون").getName());
    assertEquals("Raafat Al-Sabbagh", named(es, "رأفت الصباغ").getName());
  }
}
