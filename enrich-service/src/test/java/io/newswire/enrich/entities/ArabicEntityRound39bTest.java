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

/**
 * Round 39b (Arabic sport copy, {@link ArabicClubs}): a club named after one of its players or its coach (لاعب X،
 * مدرب X) is a club like one named after فريق/نادي; a player's place or a coach's trade after those words is not.
 * Sentences written for these tests.
 */
class ArabicEntityRound39bTest {
  @Test
  void aClubNamedTwiceAfterItsPlayersAndCoachIsTheClub() {
    List<Entity> es = run("ar", "انتقالات",
        "وانضم لاعب الشعلة السابق إلى الفريق، فيما أكد مدرب الشعلة أن المباراة المقبلة صعبة.");
    Entity club = mentioned(es, "الشعلة");
    assertNotNull(club, all(es));
    assertEquals(EntityType.ORGANIZATION, club.getType());
  }

  @Test
  void aPlayersPositionIsNoClub() {
    // لاعب الوسط، حارس المرمى: a position, however often it is named
    List<Entity> es = run("ar", "تدريبات",
        "وشارك لاعب الوسط في التدريبات، وغاب لاعب الوسط الآخر عن المباراة.");
    assertNull(mentioned(es, "الوسط"), all(es));
  }

  @Test
  void aCoachsTradeIsNoClub() {
    List<Entity> es = run("ar", "معسكر الفريق",
        "وأشرف مدرب اللياقة على التدريبات قبل المباراة، ثم قاد مدرب اللياقة تمارين الإطالة.");
    assertNull(mentioned(es, "اللياقة"), all(es));
  }

  @Test
  void aPlayerOfAKnownClubNamedOnceIsTheClub() {
    // one sign only, but the knowledge base has نادي النصر
    List<Entity> es = run("ar", "إصابة", "وغاب لاعب النصر عن المباراة بسبب الإصابة.");
    Entity nassr = mentioned(es, "النصر");
    assertNotNull(nassr, all(es));
    assertEquals("Al Nassr FC", nassr.getName());
  }
}
