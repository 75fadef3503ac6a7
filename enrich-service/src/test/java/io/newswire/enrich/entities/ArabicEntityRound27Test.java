package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 27 (issue 13, Arabic entities): after a personal title or a rank, a name of two words takes a third that
 * carries the article as its family name, unless that word is a nationality, a role, a feminine adjective, or the
 * name is "X, son of Y". A feminine head and the feminine adjective agreeing with it (قوات برية) name no body.
 * A place named without the article in -ية (سورية) after an indefinite feminine noun is its adjective. Sentences
 * written for these tests.
 */
class ArabicEntityRound27Test {
  private static boolean noMention(List<Entity> es, String part) {
    return es.stream().flatMap(e -> e.getMentions().stream()).noneMatch(m -> m.getText().contains(part));
  }

  @Test
  void theFamilyNameAfterTwoNamesIsPartOfTheName() {
    List<Entity> es = run("ar", "ندوة",
        "وشارك في الندوة الدكتور هزاع سالم الدعجاني، وأدارها رئيس القسم.");
    Entity p = mentioned(es, "هزاع سالم الدعجاني");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType(), all(es));
  }

  @Test
  void aFullNameWithLinksOutranksTheModelsPiece() {
    List<Entity> es = run("ar", "لقاء",
        "والتقى الشيخ الدكتور صالح بن حمد الهذيلان اليوم بمديري الإدارات.");
    Entity p = mentioned(es, "صالح بن حمد الهذيلان");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType(), all(es));
  }

  @Test
  void aRoleAfterTheNameIsNoFamilyName() {
    List<Entity> es = run("ar", "اجتماع",
        "وأوضح الدكتور سعد محمد المدير العام للمركز أن العمل بدأ.");
    assertTrue(noMention(es, "محمد المدير"), all(es));
  }

  @Test
  void aNationalityAfterTheNameIsNoFamilyName() {
    List<Entity> es = run("ar", "زيارة",
        "واستقبل الدكتور أحمد سمير الأردني وفدا من الجامعة.");
    assertTrue(noMention(es, "سمير الأردني"), all(es));
  }

  @Test
  void aFeminineAdjectiveAfterTheNameIsNoFamilyName() {
    List<Entity> es = run("ar", "معرض",
        "وزارت السيدة نورة خالد الثقافية معرض الكتاب.");
    assertTrue(noMention(es, "خالد الثقافية"), all(es));
  }

  @Test
  void theSonOfSomeoneKeepsHisOwnName() {
    List<Entity> es = run("ar", "معركة",
        "وكان العقيد سالم نجل الحاكمي يقود الكتيبة.");
    assertTrue(noMention(es, "نجل الحاكمي"), all(es));
  }

  @Test
  void theGradesAfterATwoWordRankStayOutOfTheName() {
    List<Entity> es = run("ar", "حفل",
        "وحضر الحفل الفريق أول ركن سالم عمر الشهري وعدد من القادة.");
    assertTrue(noMention(es, "ركن سالم"), all(es));
  }

  private static boolean organisation(List<Entity> es, String part) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().contains(part));
  }

  @Test
  void aFeminineHeadWithItsAdjectiveNamesNoBody() {
    List<Entity> es = run("ar", "حدود",
        "وأرسلت الحكومة قوات برية إلى الحدود، ثم شكلت لجنة مستقلة تماما للتحقيق في ما جرى.");
    assertTrue(!organisation(es, "قوات برية") && !organisation(es, "لجنة مستقلة"), all(es));
  }

  @Test
  void aVerbalNounHeadingAConstructStillNamesTheBody() {
    List<Entity> es = run("ar", "أسعار",
        "وأعلنت لجنة متابعة أسعار الوقود قرارها الجديد مساء أمس.");
    assertTrue(organisation(es, "لجنة متابعة أسعار الوقود"), all(es));
  }

  @Test
  void aRegionWordAfterTheHeadStillNamesTheBody() {
    List<Entity> es = run("ar", "قبض",
        "وأعلنت شرطة منطقة تبوك القبض على شخصين.");
    assertTrue(organisation(es, "شرطة منطقة تبوك"), all(es));
  }

  private static boolean place(List<Entity> es, String text) {
    return es.stream().filter(e -> e.getType() == EntityType.PLACE).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().equals(text));
  }

  @Test
  void aNameWithoutTheArticleAfterAFeminineNounIsItsAdjective() {
    List<Entity> es = run("ar", "لاجئون",
        "واستقبل المخيم عائلة سورية جديدة، ووصلت إلى دمشق قافلة المساعدات.");
    assertTrue(!place(es, "سورية") && place(es, "دمشق"), all(es));
  }

  @Test
  void theSameNameAfterAPlaceWordOrAPrepositionStaysAPlace() {
    List<Entity> es = run("ar", "زيارة",
        "وزار الوفد سورية الأسبوع الماضي، ثم توجه إلى مدينة تايبيه.");
    assertTrue(place(es, "سورية") && place(es, "تايبيه"), all(es));
  }
}
