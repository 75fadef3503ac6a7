package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 58's Arabic organisation rules: a group's head word, a mayor's town after a unit's head, a series title. */
class ArabicOrganisationRound58Test {
  @Test
  void aGroupsHeadWordIsInsideItsName() {
    List<Entity> es = run("ar", "هجوم",
        "تبنت حركة بوكو حرام الهجوم على القرية، فيما نفى متحدث باسم الحكومة أي صلة لجماعة طالبان بالحادث.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "حركة بوكو حرام"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "جماعة طالبان"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "لجماعة"), all(es));
  }

  @Test
  void aMarkedNameADualHeadAndAnOrganisingBodyKeepNoHead() {
    List<Entity> es = run("ar", "مهرجان",
        "قاتلت الفصائل تنظيم «داعش» في الريف، وحذر الخبير من تنظيمي داعش والقاعدة، "
            + "وأشاد الحضور بحسن تنظيم وزارة الثقافة للمهرجان.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "داعش"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "تنظيم «"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "تنظيمي"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "تنظيم وزارة"), all(es));
  }

  @Test
  void aMayorsTownAfterItsGovernoratesHeadIsThePlace() {
    List<Entity> es = run("ar", "بلدية",
        "وبين رئيس بلدية محافظة القريات أن الأعمال تسير وفق الخطة، فيما نفذت بلدية محافظة أملج مشروعا جديدا.");
    assertTrue(typed(es, EntityType.PLACE, "القريات"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "القريات"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "بلدية محافظة أملج"), all(es));
  }

  @Test
  void aClubInsideASeriesTitleIsNoBodyWhereverTheTitleIsMarked() {
    List<Entity> es = run("ar", "مسلسل",
        "قالت الممثلة إنها سعيدة بدورها في مسلسل «الحارس - نادي الرمال» الذي عرض في رمضان. "
            + "وأضافت أن العمل في (الحارس - نادي الرمال) كان ممتعا، بينما أعلن نادي الرمال تعاقده مع مدرب جديد.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "نادي الرمال"), all(es));
  }

  @Test
  void aWeaponsModelInMarksIsNoBodyButAKnownPartyIs() {
    List<Entity> es = run("ar", "صواريخ",
        "وتسلم الجيش أربع طائرات «إف 16» وصواريخ «سكود» قديمة، فيما أطلقت صواريخ «حزب الله» على الحدود.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "إف"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "سكود"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "حزب الله"), all(es));
  }
}
