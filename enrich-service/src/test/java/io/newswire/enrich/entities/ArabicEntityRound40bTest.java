package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 40b (Arabic persons): after the religious and Afghan-Pakistani titles الملا، المولوي/مولوي، الحاج، المفتي the
 * name is the words people are named by (the given-name list, Wikidata's name words), without the title and without
 * the common word after the name ({@link io.newswire.enrich.entities.ner.CueRecognizer}). Sentences written for these
 * tests.
 */
class ArabicEntityRound40bTest {
  private static boolean person(List<Entity> es, String text) {
    return typed(es, EntityType.PERSON, text);
  }

  private static boolean personContaining(List<Entity> es, String part) {
    return typedContaining(es, EntityType.PERSON, part);
  }

  @Test
  void aMullahsNameStopsBeforeTheCommonWordAfterIt() {
    List<Entity> es = run("ar", "سياسة",
        "وقال مسؤول في الإقليم إن الملا عمر زعيم الجماعة غاب عن الاجتماع، وإن خلافة الملا عمر محسومة منذ شهور.");
    assertTrue(person(es, "عمر"), all(es));
    assertFalse(personContaining(es, "زعيم") || personContaining(es, "محسومة") || personContaining(es, "الملا"), all(es));
  }

  @Test
  void aTwoWordNameAfterMullahOrMawlawiIsWhole() {
    List<Entity> es = run("ar", "سياسة",
        "واجتمع أعضاء المجلس مع الملا أختر منصور في المدينة، وحضر أيضا مولوي جل أغا المسؤول عن الأموال.");
    assertTrue(person(es, "أختر منصور") && person(es, "جل أغا"), all(es));
  }

  @Test
  void aTitleBeforeAVerbOrAnOrdinalNamesNobody() {
    List<Entity> es = run("ar", "منوعات",
        "وأكد الأهالي أن الحاج توفي في المستشفى بعد أيام، وأن الملا قبل الدعوة. وقاد الحاج سالم أول قافلة إلى القرية.");
    assertFalse(personContaining(es, "توفي") || personContaining(es, "قبل") || personContaining(es, "أول"), all(es));
    assertTrue(person(es, "سالم"), all(es));
  }

  @Test
  void aMullahAfterTheLamOfPossessionIsNamedToo() {
    List<Entity> es = run("ar", "سياسة",
        "ورفض الابن الأكبر للملا عمر مبايعة القائد الجديد، وأقرب المقربين للملا منصور هما شقيقه وصهره.");
    assertTrue(person(es, "عمر") && person(es, "منصور"), all(es));
    assertFalse(personContaining(es, "مبايعة") || personContaining(es, "للملا") || personContaining(es, "هما"), all(es));
  }
}
