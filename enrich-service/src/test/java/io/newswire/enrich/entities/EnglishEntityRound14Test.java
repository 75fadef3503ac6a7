package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.EnglishModelNamesRound14;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 14: the whole step keeps the model's one-word names when no rule has better evidence:
 * a sure lone place after any preposition, a sentence's opener name, the second member of a coordination the
 * model itself splits (our own sentences).
 */
class EnglishEntityRound14Test {

  @Test
  void aSurePlaceAfterAnyPrepositionIsKeptButNotAfterThe() {
    assertTrue(EnglishModelNamesRound14.singleWord("the railway line was extended to Harrowgate in 1889", 6, EntityType.PLACE, 60));
    assertTrue(EnglishModelNamesRound14.singleWord("she was elected mayor of Tarnwick last year", 5, EntityType.PLACE, 40));
    assertFalse(EnglishModelNamesRound14.singleWord("she was elected mayor of Tarnwick last year", 5, EntityType.PLACE, 10),
        "an unsure place still needs in/from/near");
    assertFalse(EnglishModelNamesRound14.singleWord("fans of the Valley cheered", 3, EntityType.PLACE, 90), "after the: no");
    assertFalse(EnglishModelNamesRound14.singleWord("that Bangor , beaten 5-0", 1, EntityType.PLACE, 90),
        "after a conjunction (a club named by its town): no");
  }

  @Test
  void anOpenerWithALowerCaseWordAfterItGoesToTheModel() {
    assertTrue(EnglishModelNamesRound14.openerOpen("Kowalczyk says the deal is done ."));
    assertFalse(EnglishModelNamesRound14.openerOpen("Kowalczyk , the minister , said ."));
    assertFalse(EnglishModelNamesRound14.openerOpen("The minister said the deal is done ."));
  }

  @Test
  void aCoordinationTheModelSplitsWithOneTypeIsTwoNames() {
    String s = "the twins Friedrich and Dorothea moved to Vienna";
    assertFalse(EnglishModelNamesRound14.inside(s, 4, 5, "PER", new int[] {2, 3}, "PER"), "Friedrich | and Dorothea");
    assertTrue(EnglishModelNamesRound14.inside(s, 4, 5, "PER", new int[] {2, 3}, "ORG"), "types differ: maybe one name");
    assertTrue(EnglishModelNamesRound14.inside(s, 4, 5, "PER", null, null), "no chunk before: a cut (Savings and | Loan)");
  }

  @Test
  void wholeStepKeepsALonePlaceAfterAPreposition() {
    List<Entity> es = model("Rail link reopens",
        "The regional rail link was extended to Dunmanway in 1886, the council said in a statement on Monday.",
        "Residents said the line would bring visitors back to the town.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Dunmanway"), all(es));
  }

  @Test
  void wholeStepKeepsBothMembersOfAPairOfPersons() {
    List<Entity> es = model("Family converts",
        "In 1802 the scholar's children, Friedrich and Dorothea, converted to Catholicism in Vienna.",
        "The family later settled in Cologne.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Dorothea"), all(es));
  }
}
