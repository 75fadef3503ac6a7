package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 30 (issue 13, Arabic entities): قوات + a person's bare name is that person ({@link LeaderForces}), and a full
 * name with عبد written apart is found from the bare name; الرباط before a ligament's adjective is no place
 * ({@link Ligaments}); إدارة after a director's title heads a department; على + a definite word is the preposition,
 * not the given name علي ({@link PrepositionAli}). Sentences written for these tests.
 */
class ArabicEntityRound30Test {
  private static boolean typedContaining(List<Entity> es, EntityType type, String part) {
    return es.stream().filter(e -> e.getType() == type).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().contains(part));
  }

  @Test
  void theForcesOfAPersonNamedInFullAreThePerson() {
    List<Entity> es = run("ar", "معارك في المدينة",
        "واشتبكت المقاومة مع أنصار الرئيس السابق علي عبد الله صالح قرب الميناء. وتراجعت قوات صالح إلى أطراف المدينة مساء أمس.");
    assertTrue(typed(es, EntityType.PERSON, "صالح"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "علي عبد الله صالح"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "قوات صالح"), all(es));
  }

  @Test
  void forcesNamedAfterAWordNoPersonBearsAreNotAPerson() {
    List<Entity> es = run("ar", "معارك في المدينة",
        "وأعلنت قوات بدر سيطرتها على الطريق الرئيسي بعد معارك استمرت يومين.");
    assertFalse(typed(es, EntityType.PERSON, "بدر"), all(es));
  }

  @Test
  void theCruciateLigamentIsNoPlace() {
    List<Entity> es = run("ar", "إصابة المهاجم",
        "وغاب المهاجم عن التدريبات بعد إصابته بقطع في الرباط الصليبي للركبة خلال المباراة الأخيرة.");
    assertFalse(typedContaining(es, EntityType.PLACE, "الرباط"), all(es));
  }

  @Test
  void rabatTheCityIsStillAPlace() {
    List<Entity> es = run("ar", "زيارة رسمية",
        "ووصل الوزير إلى الرباط أمس في زيارة رسمية تستغرق يومين يلتقي خلالها عددا من المسؤولين.");
    assertTrue(typedContaining(es, EntityType.PLACE, "الرباط"), all(es));
  }

  @Test
  void aDepartmentAfterADirectorsTitleIsABody() {
    List<Entity> es = run("ar", "جولات ميدانية",
        "وأوضح مدير إدارة الموهوبات بالمنطقة أن البرنامج يبدأ الأسبوع المقبل، كما حضر مدير عام إدارة المساجد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "إدارة الموهوبات"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "إدارة المساجد"), all(es));
  }

  @Test
  void managingSomethingIsNoDepartment() {
    List<Entity> es = run("ar", "ورشة عمل",
        "وتناولت الورشة أساليب إدارة الموهوبات في المدارس وطرق تنمية قدراتهن.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "إدارة الموهوبات"), all(es));
  }

  @Test
  void alaBeforeADefiniteWordIsThePreposition() {
    List<Entity> es = run("ar", "سوق العقار",
        "ويقول الخبراء إنه على المشتري أن يختار وكيله بعناية، لأن المشتري يجد نفسه وحيدا أمام البائع.");
    assertFalse(typedContaining(es, EntityType.PERSON, "المشتري"), all(es));
  }

  @Test
  void aManNamedAliIsStillAPerson() {
    List<Entity> es = run("ar", "تكريم المتفوقين",
        "وكرم المحافظ الطالب علي الزهراني لتفوقه في المسابقة، وقال الزهراني إنه سعيد بالجائزة.");
    assertTrue(typedContaining(es, EntityType.PERSON, "علي الزهراني"), all(es));
  }
}
