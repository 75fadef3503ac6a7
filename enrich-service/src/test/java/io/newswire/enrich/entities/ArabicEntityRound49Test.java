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

/** Round 49 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound49Test {
  @Test
  void alAqsaAndItsGatesArePlaces() {
    List<Entity> es = run("ar", "مستوطنون يقتحمون المسجد الأقصى",
        "ودخلت مجموعات من المستوطنين إلى المسجد الاقصى صباح اليوم من جهة باب المغاربة، فيما أغلقت الشرطة باب الأسباط.");
    Entity aqsa = mentioned(es, "المسجد الاقصى");
    assertNotNull(aqsa, all(es));
    assertEquals(EntityType.PLACE, aqsa.getType());
    assertEquals("Al-Aqsa Mosque", aqsa.getName());
    assertNotNull(mentioned(es, "المسجد الأقصى"), all(es));
    Entity gate = mentioned(es, "باب المغاربة");
    assertNotNull(gate, all(es));
    assertEquals("Mughrabi Gate", gate.getName());
    assertEquals("Lions' Gate", mentioned(es, "باب الأسباط").getName());
  }

  @Test
  void theMaximumIsNoMosque() {
    List<Entity> es = run("ar", "قيود على السحب", "وحددت الحكومة الحد الأقصى للسحب اليومي من المصارف بستين يورو.");
    assertNull(mentioned(es, "الأقصى"), all(es));
  }

  @Test
  void bodiesNamedOnlyThroughTheOccupationAreNoOrganisation() {
    List<Entity> es = run("ar", "مواجهات في البلدة القديمة",
        "وانتشرت شرطة الاحتلال في محيط البلدة القديمة، واعتقلت قوات الاحتلال ثلاثة شبان، فيما هاجمت قوات الاحتلال "
            + "والمستوطنين منازل المواطنين.");
    assertNull(mentioned(es, "شرطة الاحتلال"), all(es));
    assertNull(mentioned(es, "قوات الاحتلال"), all(es));
    assertNull(mentioned(es, "قوات الاحتلال والمستوطنين"), all(es));
  }

  @Test
  void occupationForcesWithTheirNationalityStayABody() {
    assertEquals(true, OccupationBodies.unnamed("قوات الاحتلال"));
    assertEquals(true, OccupationBodies.unnamed("سلطة الإحتلال"));
    assertEquals(false, OccupationBodies.unnamed("قوات الاحتلال الإسرائيلية"));
    assertEquals(false, OccupationBodies.unnamed("قوات الأمن"));
  }

  @Test
  void thePresidencyRunForIsNoBody() {
    List<Entity> es = run("ar", "سباق البيت الأبيض",
        "ويدرس حاكم الولاية الترشح للرئاسة الأميركية، فيما قال مصدر في الرئاسة المصرية إن الزيارة تأجلت.");
    assertNull(mentioned(es, "لرئاسة الأميركية"), all(es));
    assertNull(mentioned(es, "الرئاسة الأميركية"), all(es));
    assertEquals(true, PresidencyRaces.raced("مرشحي انتخابات الرئاسة الأميركية", 15, 32));
    assertEquals(false, PresidencyRaces.raced("مصدر في الرئاسة المصرية", 8, 23));
  }
}
