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

/** Round 19 (issue 13, Arabic entities and canonical names). Sentences written for these tests. */
class ArabicEntityRound19Test {
  @Test
  void aLocalBodyNamedWithItsRegionIsNamedTownFirstInEnglish() {
    List<Entity> es = run("ar", "لجنة الانتخابات البلدية بمنطقة الرياض تفتح مراكز جديدة",
        "أعلنت لجنة الانتخابات البلدية بمنطقة الرياض افتتاح خمسة مراكز للناخبين في الأحياء الشمالية.");
    Entity body = mentioned(es, "لجنة الانتخابات البلدية بمنطقة الرياض");
    assertNotNull(body, all(es));
    assertEquals(EntityType.ORGANIZATION, body.getType());
    assertEquals("Riyadh Municipal Elections Committee", body.getName()); // not left in Arabic script
  }

  @Test
  void theTownGoesBeforeTheHeadsAdjectives() {
    List<Entity> es = run("ar", "برنامج للأسر",
        "نظمت اللجنة الاجتماعية بالرياض برنامجا للأسر المحتاجة خلال الأسبوع الماضي.");
    Entity body = mentioned(es, "اللجنة الاجتماعية بالرياض");
    assertNotNull(body, all(es));
    assertEquals("Riyadh Social Committee", body.getName()); // was Social Riyadh Committee
  }

  @Test
  void anInterrogativeFieldLabelIsNoPerson() {
    List<Entity> es = run("ar", "أين: مقهى صغير في وسط جدة",
        "يقدم المقهى القهوة العربية والحلويات الشعبية لزواره من سكان جدة.");
    assertNull(mentioned(es, "أين"), all(es));
    assertNotNull(mentioned(es, "جدة"), all(es)); // the town after it is still found
  }

  @Test
  void aRegionsHealthDirectorateByItsFieldOrInFullIsOneNamedBody() {
    List<Entity> es = run("ar", "صحة الرياض تطلق حملة للتطعيم",
        "أطلقت الشؤون الصحية بمنطقة الرياض حملة لتطعيم الأطفال في المدارس، وقال مدير الحملة إنها تستمر أسبوعين.");
    for (String body : List.of("صحة الرياض", "الشؤون الصحية بمنطقة الرياض")) {
      Entity e = mentioned(es, body);
      assertNotNull(e, body + " in " + all(es));
      assertEquals(EntityType.ORGANIZATION, e.getType(), body);
      assertEquals("Directorate of Health Affairs in Riyadh", e.getName(), body);
    }
    assertNull(mentioned(es, "الرياض"), all(es)); // the region inside the body's name is no place of its own
  }

  @Test
  void healthWithItsArticleOrBeforeACommonNounIsNoDirectorate() {
    List<Entity> es = run("ar", "توعية", "وأكدت وزارة الصحة أن صحة الأطفال أولوية، وأن الصحة الرياضية مهمة.");
    assertNull(mentioned(es, "صحة الأطفال"), all(es));
    assertNull(mentioned(es, "الصحة الرياضية"), all(es));
  }

  @Test
  void aTownsOrRegionsMunicipalityIsOneNamedBody() {
    List<Entity> es = run("ar", "مشروعات جديدة",
        "وقّعت بلدية محافظة الطائف عقدا لصيانة الطرق، فيما أعلنت أمانة منطقة الرياض عن حدائق جديدة، وأكدت أمانة المنطقة أن العمل مستمر.");
    Entity taif = mentioned(es, "بلدية محافظة الطائف");
    assertNotNull(taif, all(es));
    assertEquals(EntityType.ORGANIZATION, taif.getType());
    assertEquals("Taif Municipality", taif.getName());
    Entity riyadh = mentioned(es, "أمانة منطقة الرياض");
    assertNotNull(riyadh, all(es));
    assertEquals("Riyadh Municipality", riyadh.getName());
    assertNull(mentioned(es, "أمانة المنطقة"), all(es)); // the region's municipality unnamed: generic
  }

  @Test
  void aFirmNamedLikeAMunicipalityKeepsItsOwnName() {
    List<Entity> es = run("ar", "السوق", "وارتفعت أسهم شركات أمانة للتأمين ,وسابك الأكثر تداولا في جلسة اليوم.");
    Entity firm = mentioned(es, "أمانة للتأمين");
    assertNotNull(firm, all(es));
    assertEquals("Amana Insurance", firm.getName()); // no town follows أمانة: no municipality
  }

  @Test
  void aGovernoratesMunicipalityIsFoundWhenTheKnowledgeBaseLacksTheTown() {
    List<Entity> es = run("ar", "لوحات توعوية", "ركّبت بلدية محافظة أملج لوحات توعوية في الشوارع الرئيسة.");
    Entity body = mentioned(es, "بلدية محافظة أملج");
    assertNotNull(body, all(es));
    assertEquals(EntityType.ORGANIZATION, body.getType());
    assertNull(mentioned(es, "أملج"), all(es)); // the town inside the body's name is no place of its own
    org.junit.jupiter.api.Assertions.assertTrue(body.getName().endsWith(" Municipality"), body.getName());
  }
}
