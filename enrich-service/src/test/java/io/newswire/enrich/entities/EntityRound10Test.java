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

/** Issue 13, round 10: rules on sentences written for these tests. */
class EntityRound10Test {
  @Test
  void theRelationalAdjectiveAfterADefiniteNounIsNoPlace() {
    List<Entity> es = run("ar", "عنوان",
        "هبطت الطائرة السعودية في مطار الملكة علياء، وقال قائد القوات البحرية السعودية إن التدريب انتهى.",
        "وعاد الوفد إلى السعودية مساء أمس.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "السعودية"), "only the country after إلى: " + all(es));
  }

  @Test
  void theIndefiniteAdjectiveIsNoPlace() {
    List<Entity> es = run("ar", "عنوان", "كرم المهرجان شخصيات سعودية وعربية بارزة في حفل الختام.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "سعودية"), all(es));
  }

  @Test
  void aPlaceNamedWithoutTheArticleStaysAPlace() {
    List<Entity> es = run("ar", "عنوان", "وقال الوزير إن سورية ستشارك في المؤتمر الذي تستضيفه عمان الشهر المقبل.");
    Entity syria = mentioned(es, "سورية");
    assertNotNull(syria, all(es));
    assertEquals(EntityType.PLACE, syria.getType());
  }

  @Test
  void theCountryAfterAPrepositionOrAVerbStays() {
    List<Entity> es = run("ar", "عنوان", "وفي السعودية ارتفعت أسعار الوقود، فيما زار الوزير السعودية الأسبوع الماضي.");
    assertTrue(mentionsOf(es, EntityType.PLACE, "السعودية") >= 1, all(es));
  }

  @Test
  void anIranianProvinceNeedsNoCue() {
    List<Entity> es = run("fa", "عنوان", "همایش سالانه کشاورزان امروز در مازندران برگزار شد و نمایندگانی از لرستان در آن حضور داشتند.");
    Entity mazandaran = mentioned(es, "مازندران");
    assertNotNull(mazandaran, all(es));
    assertEquals(EntityType.PLACE, mazandaran.getType());
    assertNotNull(mentioned(es, "لرستان"), all(es));
  }

  @Test
  void aUnitNamedWithItsBodyIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس کمیته بهداشت کمیسیون اجتماعی مجلس گفت: این طرح هفته آینده بررسی می‌شود.");
    Entity unit = mentioned(es, "کمیته بهداشت کمیسیون اجتماعی مجلس");
    assertNotNull(unit, all(es));
    assertEquals(EntityType.ORGANIZATION, unit.getType());
    assertNull(mentioned(es, "کمیسیون اجتماعی مجلس"), "not a second organisation inside: " + all(es));
  }

  @Test
  void anAssociationOfAUniversityIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "دبیر انجمن اسلامی دانشجویان دانشگاه صنعتی شریف در نامه‌ای به وزیر علوم خواستار پاسخگویی شد.");
    Entity unit = mentioned(es, "انجمن اسلامی دانشجویان دانشگاه صنعتی شریف");
    assertNotNull(unit, all(es));
    assertEquals(EntityType.ORGANIZATION, unit.getType());
  }

  @Test
  void aCommitteeBeforeAClubStaysApartFromIt() {
    List<Entity> es = run("fa", "عنوان", "جلسه کمیته انضباطی باشگاه استقلال فردا برگزار می‌شود.");
    assertNull(mentioned(es, "کمیته انضباطی باشگاه استقلال"), all(es));
  }

  private static void assertOrganisation(List<Entity> es, String text) {
    Entity e = mentioned(es, text);
    assertNotNull(e, text + " not found: " + all(es));
    assertEquals(EntityType.ORGANIZATION, e.getType(), text + ": " + all(es));
  }

  @Test
  void aSecondNisbaJoinedByWawStaysInTheName() {
    List<Entity> es = run("ar", "عنوان", "أعلنت وزارة الشؤون الريفية والزراعية عن برنامج جديد لدعم صغار المزارعين.");
    assertOrganisation(es, "وزارة الشؤون الريفية والزراعية");
  }

  @Test
  void anInstituteIsNamedByItsHeadWord() {
    List<Entity> es = run("ar", "عنوان", "وقال مدير معهد البحوث الزراعية إن الموسم المقبل سيشهد زيادة في الإنتاج.");
    assertOrganisation(es, "معهد البحوث الزراعية");
  }

  @Test
  void aCellIsABodyOnlyWithADefiniteGenitive() {
    List<Entity> es = run("ar", "عنوان",
        "شكلت الوزارة خلية أزمة لمتابعة الأوضاع، بالتنسيق مع خلية الإغاثة والعمليات الميدانية في المحافظة.");
    assertNull(mentioned(es, "خلية أزمة"), all(es));
    assertOrganisation(es, "خلية الإغاثة والعمليات الميدانية");
  }

  private static boolean anyMentionStartsWith(List<Entity> es, String prefix) {
    return es.stream().flatMap(e -> e.getMentions().stream()).anyMatch(m -> m.getText().startsWith(prefix));
  }

  @Test
  void theHonorificGluedToAGivenNameIsNoPartOfIt() {
    List<Entity> es = run("fa", "عنوان", "در این مراسم آیت‌الله سیداحمد خاتمی و جمعی از مسئولان استان حضور داشتند.");
    Entity p = mentioned(es, "احمد خاتمی");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
    assertTrue(!anyMentionStartsWith(es, "سید"), all(es));
  }
}
