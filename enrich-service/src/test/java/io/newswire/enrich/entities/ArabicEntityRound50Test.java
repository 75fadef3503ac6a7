package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.KB;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 50 (issue 13, Arabic entities). The people of these tests are read by the shipped tagger, so they run with it,
 * as the command line does. Sentences written for these tests.
 */
class ArabicEntityRound50Test {
  private static final EntityExtractor WITH_MODEL = new EntityExtractor(KB, PerceptronTagger.loadShipped("ar"));

  private static List<Entity> model(String... paragraphs) {
    return WITH_MODEL.extract(fields(paragraphs), "ar");
  }

  @Test
  void aGivenNameOpeningWithWawKeepsIt() {
    List<Entity> es = model("شهادات من الحي القديم",
        "ويقول وديع خان إن الكهرباء انقطعت منذ أسابيع، وتضيف وفاء الكيلاني أن الأسواق خالية.");
    assertNotNull(mentioned(es, "وديع خان"), all(es));
    assertNull(mentioned(es, "ديع خان"), all(es));
    assertNotNull(mentioned(es, "وفاء الكيلاني"), all(es));
    List<Entity> sami = model("زيارة", "استقبل المدير خالد العتيبي وسامي الحربي في مكتبه.");
    assertNotNull(mentioned(sami, "سامي الحربي"), all(sami)); // و + سامي: a listed name after the conjunction
  }

  @Test
  void anAccusativeAdverbIsNoFamilyName() {
    List<Entity> es = model("ليلة في الصحراء", "ثم نهض السيد هاشم مدهوشًا وبادر إلى الخيمة.");
    assertNull(mentioned(es, "هاشم مدهوشًا"), all(es));
  }

  @Test
  void adensDistrictsArePlaces() {
    List<Entity> es = model("عودة الحياة إلى عدن",
        "وعاد الأهالي إلى أحياء عدن جنوب اليمن، في خور مكسر والمعلا والتواهي، بعد أشهر من المعارك.");
    assertEquals("Khormaksar", mentioned(es, "خور مكسر").getName(), all(es));
    assertEquals("Al Mualla", mentioned(es, "المعلا").getName(), all(es));
    assertEquals("Al Tawahi", mentioned(es, "التواهي").getName(), all(es));
  }

  @Test
  void taizIsWrittenAsEnglishCopyWritesIt() {
    List<Entity> es = model("معارك في اليمن", "واشتدت المعارك في تعز جنوب غرب اليمن خلال الأيام الماضية.");
    assertEquals("Taiz", mentioned(es, "تعز").getName(), all(es));
  }

  @Test
  void aMarkedNameAfterAnEventOrACalendarIsNoBody() {
    List<Entity> es = model("انطلاق كرنفال «أوسو»",
        "انطلق كرنفال «أوسو» في المدينة الساحلية وسط حضور كبير، ويحتفل السكان بالموسم وفق التقويم «القورقوري» القديم.");
    assertNull(mentioned(es, "أوسو"), all(es));
    assertNull(mentioned(es, "القورقوري"), all(es));
  }

  @Test
  void theIsraeliEnemysArmyIsTheIdf() {
    List<Entity> es = model("خرق جوي",
        "وذكر الجيش اللبناني أن طائرة تابعة لجيش العدو الإسرائيلي حلقت فوق الجنوب، فيما اعتقلت قوات الاحتلال الإسرائيلي شابين.");
    assertEquals("Israel Defense Forces", mentioned(es, "جيش العدو الإسرائيلي").getName(), all(es));
    assertEquals("Israel Defense Forces", mentioned(es, "قوات الاحتلال الإسرائيلي").getName(), all(es));
  }
}
