package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 32 (issue 13, Arabic entities): a bare القاعدة in copy that never marks the group is "the base"
 * ({@link BaseNouns}); a chain's family name after آل belongs to the person ({@link ArabicChains#closeFamily});
 * a parliament or a navy with a nationality is a body, "naval" after a definite noun no navy; a count before شركة names
 * no firm; لي and أنا alone are pronouns ({@link PronounNames}); a person after a facility head behind و/ب/ل/ف is the
 * facility's namesake ({@link FacilityNames}). Sentences written for these tests.
 */
class ArabicEntityRound32Test {
  private static boolean anyPersonHolding(List<Entity> es, String word) {
    return es.stream().filter(e -> e.getType() == EntityType.PERSON).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().contains(word));
  }

  @Test
  void aBareBaseInCopyThatNeverMarksTheGroupIsNoOrganisation() {
    List<Entity> es = EntityExtractorTest.run("ar", "وصول طائرات جديدة",
        "ووصلت الطائرات أمس إلى القاعدة الجوية شمال البلاد، وقال قائد القاعدة إن الطواقم ستبدأ التدريب الأسبوع المقبل.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "القاعدة"), all(es));
  }

  @Test
  void theGroupMarkedOnceKeepsItsBareMentions() {
    List<Entity> es = EntityExtractorTest.run("ar", "هجوم جديد",
        "وأعلن تنظيم «القاعدة» مسؤوليته عن الهجوم، وقالت القاعدة في بيانها إن عناصرها انسحبوا من المنطقة.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "القاعدة"), all(es));
  }

  @Test
  void aChainsFamilyNameBelongsToThePerson() {
    List<Entity> es = EntityExtractorTest.run("ar", "قرار جديد",
        "وأصدر الشيخ خليفة بن زايد آل نهيان اليوم قرارا بتعيين سفير جديد للدولة.");
    assertTrue(typed(es, EntityType.PERSON, "خليفة بن زايد آل نهيان"), all(es));
  }

  @Test
  void aParliamentAndANavyWithANationalityAreBodies() {
    List<Entity> es = EntityExtractorTest.run("ar", "قرار مثير",
        "وانتقد البرلمان التركي القرار أمس، فيما أعلنت البحرية الليبية إنقاذ مئة مهاجر قبالة السواحل.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "البرلمان التركي"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "البحرية الليبية"), all(es));
  }

  @Test
  void navalAfterADefiniteNounIsNoNavy() {
    List<Entity> es = EntityExtractorTest.run("ar", "فرقاطة جديدة",
        "وتنضم الفرقاطة الجديدة إلى القوات البحرية المصرية الشهر المقبل بعد انتهاء الرحلات البحرية التجريبية.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "البحرية المصرية"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "البحرية التجريبية"), all(es));
  }

  @Test
  void aCountOfFirmsNamesNoFirm() {
    List<Entity> es = EntityExtractorTest.run("ar", "إغلاق السوق",
        "وارتفعت أسعار أسهم 14 شركة مقابل تراجع أسعار أسهم 22 شركة واستقرار أسعار أسهم 5 شركات.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "مقابل"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "واستقرار"), all(es));
  }

  @Test
  void toMeAndIAreNoPersons() {
    List<Entity> es = EntityExtractorTest.run("ar", "ذكريات التصوير",
        "وقال لي المخرج إن التصوير سيبدأ قريبا، ثم قال لي وهو يبتسم: «أنا سعيد بالعمل معك».");
    assertFalse(typed(es, EntityType.PERSON, "لي"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "أنا"), all(es));
  }

  @Test
  void aPersonAfterAFacilityHeadBehindAConjunctionIsTheFacilitysNamesake() {
    List<Entity> es = EntityExtractorTest.run("ar", "حملة توعوية",
        "ونفذت الجمعية حملة توعوية في مستشفى الولادة ومستشفى الملك خالد بأقسامه المختلفة.");
    assertFalse(anyPersonHolding(es, "خالد"), all(es));
  }
}
