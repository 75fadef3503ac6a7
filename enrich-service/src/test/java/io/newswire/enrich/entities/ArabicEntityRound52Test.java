package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 52 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound52Test {
  @Test
  void aForeignPolicyIsNoForeignMinistry() {
    List<Entity> es = run("ar", "تحليل",
        "ويرى الباحث أن السياسة الخارجية الأميركية تغيرت كثيرا، فيما أصدرت وزارة الخارجية الأميركية بيانا أمس.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "السياسة الخارجية")
        || es.stream().anyMatch(e -> e.getMentions().stream().anyMatch(m -> m.getText().toString().equals("الخارجية الأميركية"))), all(es));
    assertTrue(typedContaining(es, EntityType.ORGANIZATION, "وزارة الخارجية الأميركية"), all(es));
  }

  @Test
  void theWordBeforeDecides() {
    String d = "منسقة السياسة الخارجية الأوروبية";
    assertTrue(ForeignPolicies.policy(d, 14, 32));
    assertFalse(ForeignPolicies.policy("وقالت الخارجية الأوروبية", 6, 24));
  }

  @Test
  void aCongressCommitteeIsNamedWholeWithItsChamber() {
    List<Entity> es = run("ar", "إيران",
        "ومثل الوزير أمام لجنة العلاقات الخارجية بمجلس الشيوخ الأميركي أمس، ثم التقى أعضاء لجنة القوات المسلحة في مجلس الشيوخ الأمريكي.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "لجنة العلاقات الخارجية بمجلس الشيوخ الأميركي"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "لجنة القوات المسلحة في مجلس الشيوخ الأمريكي"), all(es));
  }

  @Test
  void maribAndTheThamesArePlaces() {
    // the command line's extractor; a small town of the KB counts where its country is named
    EntityExtractor withModel = new EntityExtractor(EntityExtractorTest.KB, PerceptronTagger.loadShipped("ar"));
    List<Entity> es = withModel.extract(EntityExtractorTest.fields("تقارير",
        "وترأس القائد اجتماعا بمأرب اليوم قبل أن يعود إلى صنعاء في اليمن، بينما سار المتظاهرون في لندن على ضفاف نهر التيمس."), "ar");
    assertTrue(typed(es, EntityType.PLACE, "مأرب"), all(es));
    assertTrue(typedContaining(es, EntityType.PLACE, "التيمس"), all(es));
  }
}
