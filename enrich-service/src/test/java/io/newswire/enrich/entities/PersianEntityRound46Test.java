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

/** Issue 13, round 46 (Persian organisations' extent, a list of provinces): entities on sentences written for these tests. */
class PersianEntityRound46Test {

  // PersianNameRecognizer: the parliament's term (مجلس نهم) belongs to the name of the parliament and of its units.

  @Test
  void commissionKeepsTheParliamentsTerm() {
    List<Entity> es = run("fa", "عنوان",
        "عضو کمیسیون آموزش مجلس دهم گفت: بودجه مدارس باید افزایش یابد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "کمیسیون آموزش مجلس دهم"), all(es));
    assertEquals("Education Commission of the Majlis",
        found(es, "کمیسیون آموزش مجلس دهم", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void parliamentNamedByItsTerm() {
    List<Entity> es = run("fa", "عنوان",
        "مجلس هشتم شورای اسلامی این طرح را تصویب کرد و مجلس هشتم در سال آخر کار خود است.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "مجلس هشتم شورای اسلامی"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "مجلس هشتم"), all(es));
    assertEquals("Islamic Consultative Assembly", found(es, "مجلس هشتم", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void bareParliamentStaysUnannotated() {
    List<Entity> es = run("fa", "عنوان",
        "این طرح هفته آینده در مجلس بررسی می‌شود.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "مجلس"), all(es));
  }

  // placeList: a compass pair written once (آذربایجان شرقی و غربی) does not close a list of provinces.

  @Test
  void elidedCompassPairKeepsTheListGoing() {
    List<Entity> es = run("fa", "عنوان",
        "نمایندگانی از استان‌های گیلان، آذربایجان شرقی و غربی، فارس، کرمان و یزد در این همایش حضور داشتند.");
    assertEquals("Fars Province", found(es, "فارس", EntityType.PLACE).getName(), all(es));
    assertTrue(typed(es, EntityType.PLACE, "آذربایجان شرقی"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "غربی"), all(es));
  }

  // fa-cues [stop]: رونمایی (an unveiling) ends a body's name.

  @Test
  void unveilingEndsABodysName() {
    List<Entity> es = run("fa", "عنوان",
        "نسخه تازه این فیلم در حوزه هنری رونمایی و به بازار عرضه شد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "حوزه هنری"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "رونمایی"), all(es));
  }
}
