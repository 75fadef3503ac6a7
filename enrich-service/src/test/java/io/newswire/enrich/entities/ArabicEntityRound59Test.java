package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 59 (Arabic persons): a بن chain closed by a family name without the article (ابوحميد، قنيطر) when a mark, a
 * particle, a verb or an office follows it, and a chain ended by a past verb known by its pattern (استعرض، اختتم) rather
 * than a list ({@link io.newswire.enrich.entities.names.ArabicOrganisationRecognizer}); الحكومة المالية is Mali's
 * government ({@link CountryGovernments}). Sentences written for these tests.
 */
class ArabicEntityRound59Test {
  @Test
  void aFamilyNameWithoutTheArticleClosedByAParticleIsPartOfTheName() {
    List<Entity> es = run("ar", "محليات", "وأوضح مدير الإدارة سعيد بن محمد قنيطر أن العمل مستمر في المشروع.");
    assertTrue(typed(es, EntityType.PERSON, "سعيد بن محمد قنيطر"), all(es));
  }

  @Test
  void anUnlistedGivenNameTakesAFamilyNameWithoutTheArticleBeforeAFullStop() {
    List<Entity> es = run("ar", "محليات", "وحضر الحفل محافظ المحافظة زهيان بن حسن ابوحميد.\nوتخلل الحفل عرض مرئي.");
    assertTrue(typed(es, EntityType.PERSON, "زهيان بن حسن ابوحميد"), all(es));
  }

  @Test
  void aPastVerbByItsPatternEndsTheChain() {
    List<Entity> es = run("ar", "محليات",
        "وألقى مدير المكتب علي بن عبدالله بن مسفر كلمة، ثم قدم مدير المركز فهد بن سالم بن مسفر استعرض فيها برامج المركز.");
    assertTrue(typed(es, EntityType.PERSON, "فهد بن سالم بن مسفر"), all(es));
    assertFalse(typedContaining(es, EntityType.PERSON, "استعرض"), all(es));
  }

  @Test
  void aVerbBeforeATimeWordIsNoFamilyName() {
    List<Entity> es = run("ar", "محليات", "وأوضح المتحدث أن زهيان بن حسن غادر أمس إلى الرياض.");
    assertFalse(typedContaining(es, EntityType.PERSON, "غادر"), all(es));
  }

  @Test
  void aNounObjectAfterTheChainIsNoFamilyName() {
    List<Entity> es = run("ar", "محليات", "وسلم المدير سعيد بن محمد جوائز الفائزين في المسابقة.");
    assertFalse(typedContaining(es, EntityType.PERSON, "جوائز"), all(es));
  }

  @Test
  void anOfficeInAppositionIsNoFamilyName() {
    List<Entity> es = run("ar", "محليات", "واستقبل منصور بن زايد نائب رئيس مجلس الوزراء الوفد أمس.");
    assertFalse(typedContaining(es, EntityType.PERSON, "نائب"), all(es));
  }

  @Test
  void theMalianGovernmentIsMalis() {
    List<Entity> es = run("ar", "دولي", "وأعلنت الحكومة المالية أمس توقيع اتفاق مع الحركات المسلحة في الشمال.");
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION && e.getName().equals("Government of Mali")
        && e.getMentions().stream().anyMatch(m -> m.getText().equals("الحكومة المالية"))), all(es));
  }

  @Test
  void financialAfterAnotherNounIsNoCountry() {
    List<Entity> es = run("ar", "اقتصاد", "وناقش المجلس السياسة المالية للحكومة والأوراق المالية في السوق.");
    assertFalse(es.stream().anyMatch(e -> e.getName().contains("Mali")), all(es));
  }
}
