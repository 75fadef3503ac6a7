package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 25b (our own sentences): a military or police rank, abbreviated or in full, before a name makes
 * the name a person, without the rank; a rank that is also a common word needs a given name after it.
 */
class EnglishEntityRound25bTest {

  @Test
  void abbreviatedRanksBeforeANameMakeAPerson() {
    List<Entity> es = model("Convoy attacked",
        "The convoy was attacked near the border on Monday, the army said.",
        "A spokesman, Lt Col Daniel Harker, said two vehicles were damaged and Capt Sarah Lyle was treated for cuts.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Daniel Harker"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Sarah Lyle"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Lt Col Daniel Harker"), all(es));
  }

  @Test
  void aStrongRankTakesABareSurname() {
    List<Entity> es = model("Arrest made",
        "A man has been arrested after the break-in, police said.",
        "Officers were called at midnight, and a witness spoke to Sgt Rowbury before the van left.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Rowbury"), all(es));
  }

  @Test
  void aRankThatIsACommonWordNeedsAGivenName() {
    List<Entity> es = model("Car maker results",
        "Shares in General Motors rose on Tuesday after the results.",
        "Analysts said Major League clubs would also report soon.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Motors"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "League"), all(es));
  }
}
