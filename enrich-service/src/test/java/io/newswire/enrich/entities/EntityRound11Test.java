package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 11: rules on sentences written for these tests. */
class EntityRound11Test {
  @Test
  void bareClubNamesOfAMatchReportAreTheClubs() {
    List<Entity> es = run("ar", "عنوان",
        "يلتقي فريقا الوحدة والرائد مساء الجمعة في مباراة مؤجلة من الدوري.",
        "وكان الوحدة قد خسر أمام الرائد في الدور الأول، فيما كسب الرائد مباراتين وديتين.");
    assertTrue(mentionsOf(es, EntityType.ORGANIZATION, "الوحدة") >= 2, all(es));
    assertTrue(mentionsOf(es, EntityType.ORGANIZATION, "الرائد") >= 3, all(es));
  }

  @Test
  void theNationalityAfterAClubIsNoPartOfItsName() {
    List<Entity> es = run("ar", "عنوان",
        "وخاض الفريق مباراة ودية في معسكره حيث فاز على الريان القطري 2 - 0 قبل أن يعود اللاعبون إلى الرياض.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "الريان"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "الريان القطري"), all(es));
  }

  @Test
  void aTeamOfWorkIsNoClub() {
    List<Entity> es = run("ar", "عنوان",
        "وقال المدرب إن فريق العمل أنهى تجهيز الملعب قبل المباراة، وإن فريق التحكيم وصل صباح اليوم.",
        "وأكد أن العمل سيستمر حتى نهاية الأسبوع.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "العمل"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "التحكيم"), all(es));
  }

  @Test
  void withoutAMatchAClubHeadIsNotEnough() {
    List<Entity> es = run("ar", "عنوان",
        "وزار وفد من فريق الحوار الوطني المدينة أمس، وقال إن الحوار سيستأنف الأسبوع المقبل.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "الحوار"), all(es));
  }

  @Test
  void aProvincialBodyKeepsItsProvinceAfterThreeWords() {
    List<Entity> es = run("fa", "عنوان",
        "معاون سازمان جهاد کشاورزی استان یزد از برداشت پسته در این استان خبر داد.");
    assertNotNull(mentioned(es, "سازمان جهاد کشاورزی استان یزد"), all(es));
    assertNull(mentioned(es, "سازمان جهاد کشاورزی استان"), all(es));
  }

  @Test
  void aChainAfterAGivenNameIsNotTheKbPersonOfItsFather() {
    List<Entity> es = run("ar", "عنوان",
        "وحضر الحفل الأمير سلطان بن سلمان والوزير فهد بن زايد.");
    Entity sultan = mentioned(es, "سلطان بن سلمان");
    assertNotNull(sultan, all(es));
    assertNull(mentioned(es, "بن سلمان"), all(es));
    assertTrue(!sultan.getName().contains("Mohammed"), sultan.getName());
  }

  @Test
  void aTitledChainIsNotTheKbPersonOfItsFirstName() {
    List<Entity> es = run("ar", "عنوان",
        "وأوضح مدير المعهد الشيخ سلمان بن فهد القحطاني أن الدروس مستمرة.");
    Entity salman = mentioned(es, "سلمان بن فهد القحطاني");
    assertNotNull(salman, all(es));
    assertNull(mentioned(es, "سلمان"), all(es));
  }

  @Test
  void ibnWithItsAlefOpensANameOfItsOwn() {
    List<Entity> es = run("ar", "عنوان", "ويتناول الكتاب حياة ابن خلدون في تونس والقاهرة.");
    assertNull(mentioned(es, "حياة ابن خلدون"), all(es));
  }
}
