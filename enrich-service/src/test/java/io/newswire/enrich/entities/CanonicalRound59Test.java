package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 59 (issue 13): a town a head word makes a place ({@link HeadedPlaces}) takes the KB's place of that name, its
 * id and name, even where the KB spells the alias the Persian way (الرمادی); the bare word stays no alias, and a
 * governorate keeps its own id. Sentences written for these tests.
 */
class CanonicalRound59Test {

  private static Entity named(List<Entity> es, String text) {
    return es.stream().filter(e -> EntityExtractorTest.texts(e).contains(text)).findFirst().orElse(null);
  }

  @Test
  void aTownAfterItsHeadIsTheKbTownAndSoIsItsRepeat() {
    List<Entity> es = EntityExtractorTest.run("ar", "اشتباكات في الأنبار",
        "تقدمت القوات العراقية نحو مدينة الرمادي من الجهة الشرقية صباح أمس.",
        "وقال ضابط إن المعارك تدور في أحياء وسط الرمادي منذ يومين.");
    Entity ramadi = named(es, "الرمادي");
    assertEquals("place:iq:ramadi", ramadi.getId(), es.toString());
    assertEquals("Ramadi", ramadi.getName(), es.toString());
    assertEquals(2, ramadi.getMentions().size(), es.toString());
  }

  @Test
  void theBareWordIsNoPlace() {
    List<Entity> es = EntityExtractorTest.run("ar", "أزياء الشتاء",
        "اختارت المصممة اللون الرمادي لمعظم قطع المجموعة الجديدة هذا العام.");
    assertTrue(es.stream().noneMatch(e -> "place:iq:ramadi".equals(e.getId())), es.toString());
  }

  @Test
  void aGovernorateKeepsItsOwnId() {
    List<Entity> es = EntityExtractorTest.run("ar", "قصف في سوريا",
        "سقطت قذائف على قرى في ريف محافظة حمص الشمالي مساء أمس.");
    assertNotEquals("place:sy:homs", named(es, "حمص").getId(), es.toString());
  }
}
