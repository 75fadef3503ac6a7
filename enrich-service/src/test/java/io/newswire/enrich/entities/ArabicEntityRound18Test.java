package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 18 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound18Test {
  @Test
  void theFirstFirmOfAShareListKeepsItsOwnWaw() {
    // وفرة opens the list right after أسهم شركات: its و is the firm's letter, not a conjunction
    List<Entity> es = run("ar", "السوق",
        "وكانت أسهم شركات وفرة ,وسابك ,والراجحي الأكثر ارتفاعا اليوم، فيما تراجع المؤشر.");
    Entity first = mentioned(es, "وفرة");
    assertNotNull(first, all(es));
    assertEquals(EntityType.ORGANIZATION, first.getType());
    assertNull(mentioned(es, "فرة"), all(es));
    for (String firm : List.of("سابك", "الراجحي")) { // the items after it still lose their conjunction
      assertNotNull(mentioned(es, firm), firm + " in " + all(es));
    }
  }
}
