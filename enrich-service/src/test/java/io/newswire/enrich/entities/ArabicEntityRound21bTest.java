package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.ofType;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 21b (issue 13, Arabic organisations named with the town they serve). Sentences written for these tests. */
class ArabicEntityRound21bTest {
  @Test
  void anOfficeWithAPlainGenitiveIsABodyWhenItsTownClosesTheName() {
    List<Entity> es = run("ar", "مواعيد جديدة",
        "أعلن مدير مكتب تنظيم الرحلات بجدة عن مواعيد جديدة لحافلات المعتمرين.");
    Entity office = mentioned(es, "مكتب تنظيم الرحلات بجدة");
    assertNotNull(office, all(es));
    assertEquals(EntityType.ORGANIZATION, office.getType());
    assertEquals(0, ofType(es, EntityType.PLACE), all(es)); // the town inside the name is no place of its own
  }

  @Test
  void aLocalCommitteeWithItsPurposeAndRegionIsOneBody() {
    List<Entity> es = run("ar", "مسابقة",
        "بدأت اللجنة المحلية للمسابقات الثقافية بمنطقة القصيم استقبال طلبات المشاركين.");
    Entity committee = mentioned(es, "اللجنة المحلية للمسابقات الثقافية بمنطقة القصيم");
    assertNotNull(committee, all(es));
    assertEquals(EntityType.ORGANIZATION, committee.getType());
  }

  @Test
  void aShorterBodyInsideGivesWayToTheWholeName() {
    List<Entity> es = run("ar", "اجتماع",
        "عقدت لجنة الخدمات المساندة بمنطقة تبوك اجتماعها الأول أمس.");
    assertNotNull(mentioned(es, "لجنة الخدمات المساندة بمنطقة تبوك"), all(es));
    assertNull(mentioned(es, "لجنة الخدمات"), all(es));
  }

  @Test
  void noDefiniteGenitiveOrAParticleBeforeTheTownMakesNoBody() {
    List<Entity> es = run("ar", "افتتاح",
        "افتتح مكتب جديد بجدة. وزار المكتب أمس بالرياض وفد من الوزارة.");
    assertEquals(0, ofType(es, EntityType.ORGANIZATION), all(es));
    assertNotNull(mentioned(es, "جدة"), all(es));
  }

  @Test
  void theHeadMayCarryAClitic() {
    List<Entity> es = run("ar", "دورة تدريبية",
        "شارك الموظفون في دورة تدريبية بمكتب تنظيم الرحلات بجدة استمرت ثلاثة أيام.");
    Entity office = mentioned(es, "مكتب تنظيم الرحلات بجدة"); // without the ب before the head
    assertNotNull(office, all(es));
    assertEquals(EntityType.ORGANIZATION, office.getType());
  }

  @Test
  void aCentreWithAPlainGenitiveAndATownStaysAFacility() {
    List<Entity> es = run("ar", "علاج",
        "راجع المريض مركز الأسنان بجدة بعد أسبوع من الحادث.");
    assertEquals(0, ofType(es, EntityType.ORGANIZATION), all(es));
    assertNotNull(mentioned(es, "جدة"), all(es));
  }

  @Test
  void aMemberOfTheCabinetNamesTheCouncilButItsPresidentIsAnOffice() {
    List<Entity> es = run("ar", "تعيين",
        "حضر الاجتماع وزير الدولة عضو مجلس الوزراء، وغاب عنه النائب الأول لرئيس مجلس الوزراء.");
    Entity council = mentioned(es, "مجلس الوزراء");
    assertNotNull(council, all(es));
    assertEquals(EntityType.ORGANIZATION, council.getType());
    assertEquals(1, council.getMentions().size(), all(es)); // not the one after رئيس
    assertEquals("Council of Ministers", council.getName(), all(es));
  }
}
