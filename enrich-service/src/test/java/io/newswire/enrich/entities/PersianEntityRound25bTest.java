package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 25b (Persian): clubs named with no team's head in sport copy, on sentences written for these tests. */
class PersianEntityRound25bTest {
  private static void noOrg(List<Entity> es, String text) {
    for (Entity e : es) {
      assertFalse(e.getType() == EntityType.ORGANIZATION && texts(e).contains(text), all(es));
    }
  }

  @Test
  void aClubAfterItsHeadCoach() {
    List<Entity> es = run("fa", "عنوان", "در هفته دهم لیگ فوتبال، سرمربی کوهسار در نشست خبری گفت: بازی سختی داریم.");
    Entity c = mentioned(es, "کوهسار");
    assertNotNull(c, all(es));
    assertEquals(EntityType.ORGANIZATION, c.getType());
  }

  @Test
  void aClubAfterMoqabelAndItsOtherMentions() {
    List<Entity> es = run("fa", "عنوان",
        "تیم ما در هفته پنجم لیگ مقابل کوهسار، بازی خوبی نشان داد. بازیکنان کوهسار هم راضی بودند.");
    Entity c = mentioned(es, "کوهسار");
    assertNotNull(c, all(es));
    assertEquals(EntityType.ORGANIZATION, c.getType());
    assertEquals(2, c.getMentions().size(), all(es));
  }

  @Test
  void noClubOutsideSportCopy() {
    List<Entity> es = run("fa", "عنوان", "دولت مقابل کوهسار و دشت ایستاد و طرح را پس گرفت.");
    noOrg(es, "کوهسار");
  }

  @Test
  void anAdjectiveAfterTheHeadCoachIsNoClub() {
    List<Entity> es = run("fa", "عنوان", "در هفته دهم لیگ فوتبال، سرمربی جوان در نشست خبری گفت: بازی سختی داریم.");
    noOrg(es, "جوان");
  }

  @Test
  void aVerbAfterTheRivalWordIsNoClub() {
    List<Entity> es = run("fa", "عنوان", "در لیگ فوتبال، مهاجم ما توپ را وارد دروازه حریف می‌کند و تیم می‌برد.");
    noOrg(es, "می‌کند");
  }

  @Test
  void aWordRunningOnIsNoOneWordClub() {
    List<Entity> es = run("fa", "عنوان", "در لیگ فوتبال، تیم ما برابر کوهسار دشت بازی کرد.");
    noOrg(es, "کوهسار");
  }
}
