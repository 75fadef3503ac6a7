package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 24 (issue 13, Arabic entities): lists of places under a plural head. Sentences written for these tests. */
class ArabicEntityRound24Test {
  @Test
  void theItemsOfAGovernorateListBesideAKnownTownArePlaces() {
    List<Entity> es = run("ar", "مهرجان",
        "تشارك في المهرجان فرق شعبية من محافظات: خليص، رابغ، جدة، الليث، والكامل.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "خليص"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "الليث"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "الكامل"), all(es)); // without the conjunction
    assertNull(mentioned(es, "والكامل"), all(es));
  }

  @Test
  void aListWithNoKnownPlaceOrAnAdjectiveAfterTheHeadAddsNothing() {
    List<Entity> es = run("ar", "جولة",
        "زار الوفد أحياء قديمة، وأسواقا شعبية، وحدائق عامة قبل أن يعود إلى الفندق.");
    assertNull(mentioned(es, "قديمة"), all(es));
    assertNull(mentioned(es, "أسواقا شعبية"), all(es));
    assertNull(mentioned(es, "حدائق عامة"), all(es));
  }

  @Test
  void theUnitedStatesIsNoHeadAndAnAlefAfterWawIsTheName() {
    String d = "الولايات المتحدة";
    assertEquals(0, ArabicPlaceLists.head(d, 0, 8));
    assertEquals(3, ArabicPlaceLists.head("ولايات", 0, 6));
    assertEquals(2, ArabicPlaceLists.head("بمدينتي", 0, 7));
    assertEquals(0, ArabicPlaceLists.head("مدني", 0, 4));
    assertEquals(1, ArabicPlaceLists.afterConjunction("والطائف", 0, 7));
    assertEquals(0, ArabicPlaceLists.afterConjunction("وايومنغ", 0, 7));
    assertEquals(1, ArabicPlaceLists.afterConjunction("وأريحا", 0, 6));
  }
}
