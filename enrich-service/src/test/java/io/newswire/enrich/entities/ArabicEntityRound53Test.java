package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 53 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound53Test {
  @Test
  void aBodyAfterTheMinisterIsHisTitleAndTheGuardHasNoForces() {
    List<Entity> es = run("ar", "جولة",
        "وأكد وزير الحرس الوطني خلال جولته أن قوات الحرس الوطني جاهزة للدفاع عن حدود المملكة.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "الحرس الوطني"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "قوات الحرس"), all(es));
  }

  @Test
  void theWordBeforeIsTheMinistersWithOrWithoutItsClitic() {
    assertTrue(MinisterOffices.afterMinister("وصرحت نائبة وزير الخارجية الأميركية", 17));
    assertTrue(MinisterOffices.afterMinister("والتقى بوزير الداخلية", 13));
    assertFalse(MinisterOffices.afterMinister("والتقى وزراء الداخلية", 13));
  }

  @Test
  void theBlackSeaTheBosphorusAndAnItalianAirlineAreKnown() {
    List<Entity> es = run("ar", "رحلة",
        "أبحرت السفينة في مضيق البوسفور نحو البحر الأسود، فيما وقعت أليطاليا اتفاقا مع الاتحاد للطيران.");
    assertTrue(typed(es, EntityType.PLACE, "البحر الأسود"), all(es));
    assertTrue(typedContaining(es, EntityType.PLACE, "البوسفور"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "أليطاليا"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "الاتحاد للطيران"), all(es));
  }

  @Test
  void aMayorsMunicipalityIsHisTown() {
    List<Entity> es = run("ar", "نفايات",
        "وقال رئيس بلدية صيدا إن أزمة النفايات تتفاقم، فيما أعلنت بلدية طرابلس عن خطة جديدة في طرابلس.");
    assertTrue(typed(es, EntityType.PLACE, "صيدا"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "بلدية صيدا"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "بلدية طرابلس"), all(es));
  }
}
