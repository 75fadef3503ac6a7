package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 15 (issue 13, Arabic entities): a bare club name linked to the knowledge base's club or named with
 * FC, a channel spelt out in Latin letters, a person named right after their craft. Sentences written for
 * these tests.
 */
class EntityRound15Test {
  @Test
  void aBareClubNameInMatchCopyIsTheKnowledgeBasesClub() {
    List<Entity> es = run("ar", "النصر يفوز في الدوري",
        "فاز النصر في مباراة الدوري أمس بعد أن خسر أمام الرائد في الدور الأول، وسجل النصر الهدف الأول.");
    Entity nassr = mentioned(es, "النصر");
    assertNotNull(nassr, all(es));
    assertEquals("org:al-nassr", nassr.getId());
    Entity raed = mentioned(es, "الرائد");
    assertNotNull(raed, all(es));
    // round 45: the KB has the club (org:al-raed); before, the bare name was named with FC and kept a slug
    assertEquals("Al-Raed FC", raed.getName());
    assertEquals("org:al-raed", raed.getId());
  }

  @Test
  void aChannelSpeltOutInLettersRunsOnOverTheLetterV() {
    List<Entity> es = run("ar", "برامج الصيف", "قالت قناة «إم تي في» إنها ستبث الحفل مباشرة من لندن.");
    Entity mtv = mentioned(es, "إم تي في");
    assertNotNull(mtv, all(es));
    assertEquals("MTV", mtv.getName());
  }

  @Test
  void aSingerOrActorIsNamedRightAfterTheirCraft() {
    List<Entity> es = run("ar", "حفل في الرياض", "وقدمت المغنية سلوى زيدان أغنيتين بعد أن ألقى الشاعر حمد الراشد قصيدة في الافتتاح.");
    Entity singer = mentioned(es, "سلوى زيدان");
    assertNotNull(singer, all(es));
    assertEquals(EntityType.PERSON, singer.getType());
    Entity poet = mentioned(es, "حمد الراشد");
    assertNotNull(poet, all(es));
    assertEquals(EntityType.PERSON, poet.getType());
  }
}
