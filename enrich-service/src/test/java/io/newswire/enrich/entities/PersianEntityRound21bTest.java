package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 21b (Persian): departments named by their field and place, on sentences written for these tests. */
class PersianEntityRound21bTest {
  @Test
  void aFieldOfTwoNounsBeforeAProvinceIsTheDepartment() {
    List<Entity> es = run("fa", "عنوان", "جشنواره کتاب کودک در محل آموزش و پرورش کرمان برگزار شد.");
    Entity o = mentioned(es, "آموزش و پرورش کرمان");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertNull(mentioned(es, "کرمان"), all(es));
  }

  @Test
  void theProvinceWordMayStandBetween() {
    List<Entity> es = run("fa", "عنوان", "این طرح با همکاری راه و شهرسازی استان گیلان اجرا می‌شود.");
    Entity o = mentioned(es, "راه و شهرسازی استان گیلان");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void aCountryAfterTheFieldStaysAPlace() {
    // culture and civilisation of Iran: no department serves a country
    List<Entity> es = run("fa", "عنوان", "این نمایشگاه بخشی از فرهنگ و تمدن ایران را نشان می‌دهد.");
    Entity p = mentioned(es, "ایران");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PLACE, p.getType());
  }

  @Test
  void aPhraseAboutThePlaceIsNoDepartment() {
    List<Entity> es = run("fa", "عنوان", "وضعیت فرهنگ و هنر در استان گیلان بررسی شد.");
    for (Entity e : es) {
      for (String t : texts(e)) {
        assertFalse(t.startsWith("فرهنگ"), all(es));
      }
    }
  }

  @Test
  void aFieldWithoutItsPlaceIsNoName() {
    List<Entity> es = run("fa", "عنوان", "همه باید به آموزش و پرورش توجه کنیم.");
    for (Entity e : es) {
      for (String t : texts(e)) {
        assertFalse(t.startsWith("آموزش"), all(es));
      }
    }
  }
}
