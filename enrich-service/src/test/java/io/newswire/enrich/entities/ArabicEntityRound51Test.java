package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.KB;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 51 (issue 13, Arabic entities). The people of the glued-preposition test are read by the shipped tagger, so it
 * runs with it, as the command line does. Sentences written for these tests.
 */
class ArabicEntityRound51Test {
  private static final EntityExtractor WITH_MODEL = new EntityExtractor(KB, PerceptronTagger.loadShipped("ar"));

  @Test
  void aPrepositionalPhraseGluedToItsBaIsNoSurname() {
    List<Entity> es = WITH_MODEL.extract(fields("ليلة الحفل",
        "فقال نادر بهدوء: «لا أبدا، من المتصل؟». ثم أطلت سهى بفستان أبيض لتغني المقطع الأخير، وجلس ماجد برفقة أصدقائه."),
        "ar");
    assertFalse(typedContaining(es, EntityType.PERSON, "بهدوء") || typedContaining(es, EntityType.PERSON, "بفستان")
        || typedContaining(es, EntityType.PERSON, "برفقة"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "نادر") || typed(es, EntityType.PERSON, "سهى"), all(es));
  }

  @Test
  void aMunicipalityAfterTheLamOfBelongingKeepsItsRegion() {
    List<Entity> es = run("ar", "خدمات",
        "وأنهت البلدية الفرعية التابعة لأمانة المنطقة الشرقية رصف الطرق في الأحياء الجديدة.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "أمانة المنطقة الشرقية"), all(es));
  }

  @Test
  void aUnMissionNamedWithItsCountryIsOneBody() {
    List<Entity> es = run("ar", "أمن",
        "وقالت بعثة الأمم المتحدة في مالي في بيان إن دورية تعرضت لهجوم شمال البلاد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "بعثة الأمم المتحدة في مالي"), all(es));
  }

  @Test
  void listedSingersMakersAndAuthorities() {
    List<Entity> es = run("ar", "منوعات",
        "واستمع الجمهور إلى أغنية لأم كلثوم قبل عرض سيارة «لاند روفر» الجديدة أمام مبنى هيئة قناة السويس.");
    assertTrue(typed(es, EntityType.PERSON, "أم كلثوم"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "لاند روفر"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "هيئة قناة السويس"), all(es));
  }
}
