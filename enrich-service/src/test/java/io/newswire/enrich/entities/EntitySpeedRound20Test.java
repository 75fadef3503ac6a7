package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 20 (speed, issue 12): the cheap checks that now skip work (a field without a team's head or a table's
 * literal chars, the searched fields computed once) keep every finding, on sentences written for these tests.
 */
class EntitySpeedRound20Test {
  @Test
  void aStandingsListWrittenWithArabicYehAndResultsWithAnEnDashStillNameTheClubs() {
    List<Entity> es = run("fa", "عنوان",
        "نتایج: نساجی قائمشهر 27 – آلومینیوم اراک 25 پیکان تهران 30 – ملوان بندرانزلی 29",
        "1- آلومینیوم اراک 20 امتياز 2- نساجی قائمشهر 18 امتياز");
    Entity club = mentioned(es, "آلومینیوم اراک");
    assertNotNull(club, all(es));
    assertEquals(EntityType.ORGANIZATION, club.getType());
    assertEquals(2, club.getMentions().size(), all(es));
    assertNotNull(mentioned(es, "پیکان تهران"), all(es));
    assertNull(mentioned(es, "امتياز"), all(es));
  }

  @Test
  void aClubAfterThePluralHeadWrittenWithZwnjIsFoundInAFieldThatHoldsTheHead() {
    List<Entity> es = run("fa", "عنوان", "خبری از ورزش استان نیست.",
        "بازیکنان تیم‌های فوتبال زاگرسیان و پارسیان در ورزشگاه تمرین کردند.");
    Entity club = mentioned(es, "زاگرسیان");
    assertNotNull(club, all(es));
    assertEquals(EntityType.ORGANIZATION, club.getType());
  }

  @Test
  void twoPeoplesBareSurnamesRepeatInTheBodyButNotInACapitalsLine() {
    List<Entity> es = model("Ministers meet on prices",
        "Mining Minister Tarquil said on Monday that prices would hold. Energy Minister Vellacott agreed with him.",
        "PERTH MINING WEEK: NOTES FROM Tarquil AND THE TRADE",
        "Tarquil, speaking at a conference, blamed spot sales, and Vellacott, who spoke later, agreed.");
    assertEquals(2, mentionsIn(es, "Tarquil", 1, 3), all(es));
    assertEquals(0, mentionsIn(es, "Tarquil", 2, 2), all(es));
    assertEquals(2, mentionsIn(es, "Vellacott", 1, 3), all(es));
  }

  /** Mentions of {@code text} as a person in paragraphs[from - 1] to paragraphs[to - 1]. */
  private static int mentionsIn(List<Entity> es, String text, int from, int to) {
    int n = 0;
    for (Entity e : es) {
      if (e.getType() != EntityType.PERSON) {
        continue;
      }
      for (io.newswire.schema.Mention m : e.getMentions()) {
        if (m.getText().equals(text)) {
          for (int p = from; p <= to; p++) {
            if (m.getField().equals("paragraphs[" + (p - 1) + "]")) {
              n++;
            }
          }
        }
      }
    }
    return n;
  }
}
