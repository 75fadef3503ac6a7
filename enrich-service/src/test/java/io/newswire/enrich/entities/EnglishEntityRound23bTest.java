package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 23b (our own sentences): a player's set scores at the end of a sentence (a full stop right after
 * the last set) mark a player, not a team, as they already did inside a sentence.
 */
class EnglishEntityRound23bTest {

  @Test
  void setScoresEndingASentenceAreAPlayersNotATeams() {
    String d = "The Swiss was leading Tomasz Wielgos 6-3 4-4. Then rain stopped play.";
    int start = d.indexOf("Tomasz");
    assertFalse(Fixtures.scoreNextTo(d, start, start + "Tomasz Wielgos".length()), "sets at a sentence end");
    String mid = "The Swiss was leading Tomasz Wielgos 6-3 4-4 when rain stopped play.";
    assertFalse(Fixtures.scoreNextTo(mid, start, start + "Tomasz Wielgos".length()), "sets inside a sentence, as before");
  }

  @Test
  void aDecimalAfterAScoreIsNoSetScore() {
    String d = "Dunmore 2-1 3.5 points clear at the top.";
    assertTrue(Fixtures.scoreNextTo(d, 0, "Dunmore".length()), "a decimal is no second set: the team's score stands");
  }

  @Test
  void aTennisPlayerBeforeHisSetsIsNoBody() {
    List<Entity> es = model("Rain halts Swiss at Open",
        "The Swiss had treatment on his ankle while leading Tomasz Wielgos 6-3 4-4. He played two more games before he retired.",
        "The tournament resumes on Tuesday.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Tomasz Wielgos"), all(es));
  }
}
