package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 60 (canonical ids): a place cut after the first lam of لل; the Palestinian territories apart from Palestine,
 * each with its own Wikidata id (the State of Palestine Q219060, the territories Q407199).
 * Sentences written for these tests.
 */
class CanonicalRound60Test {
  private static final EntityExtractor WITH_MODEL =
      new EntityExtractor(EntityExtractorTest.KB, PerceptronTagger.loadShipped("ar"));

  private static List<Entity> arabic(String headline, String body) {
    return WITH_MODEL.extract(EntityExtractorTest.fields(headline, body), "ar");
  }

  private static List<Entity> placesWith(List<Entity> es, String text) {
    return es.stream().filter(e -> e.getType() == EntityType.PLACE
        && e.getMentions().stream().anyMatch(m -> m.getText().endsWith(text))).toList();
  }

  @Test
  void aPlaceAfterLilIsTheKbPlaceWithTheArticle() {
    List<Entity> es = arabic("إغاثة", "ووصلت قوافل الإغاثة إلى الأحياء الجنوبية للرمادي صباح اليوم بعد انسحاب المسلحين.");
    List<Entity> ramadi = placesWith(es, "رمادي");
    assertEquals(1, ramadi.size(), all(es));
    assertEquals("Ramadi", ramadi.get(0).getName(), all(es));
  }

  @Test
  void aPlaceWhoseNameOpensWithLamKeepsIt() {
    List<Entity> es = arabic("زيارة", "وقدم الوزير شكره للبنان على استضافة المؤتمر في بيروت.");
    assertTrue(placesWith(es, "لبنان").stream().allMatch(e -> e.getName().equals("Lebanon")), all(es));
  }

  @Test
  void theOccupiedTerritoriesAreNotPalestine() {
    List<Entity> es = arabic("تقرير", "وقال التقرير إن الاستيطان يتسع في الأراضي الفلسطينية المحتلة منذ سنوات.");
    List<Entity> territories = placesWith(es, "الأراضي الفلسطينية المحتلة");
    assertEquals(1, territories.size(), all(es));
    assertEquals("Palestinian territories", territories.get(0).getName(), all(es));
    List<Entity> bare = placesWith(arabic("تقرير", "وأكد الوزير دعم بلاده لشعب فلسطين في كل المحافل."), "فلسطين");
    assertEquals("Palestine", bare.get(0).getName());
  }

  @Test
  void theBareTerritoriesAreTheTerritoriesWithTheirWikidataId() {
    List<Entity> es = arabic("تقرير", "وحذر المبعوث من تدهور الأوضاع الاقتصادية في الأراضي الفلسطينية خلال الشتاء.");
    List<Entity> territories = placesWith(es, "الأراضي الفلسطينية");
    assertEquals(1, territories.size(), all(es));
    assertEquals("Palestinian territories", territories.get(0).getName(), all(es));
    assertEquals("wikidata:Q407199", territories.get(0).getId().toString(), all(es));
    List<Entity> state = placesWith(arabic("اعتراف", "وأعلنت الحكومة اعترافها بدولة فلسطين الأسبوع الماضي."), "فلسطين");
    assertEquals("wikidata:Q219060", state.get(0).getId().toString());
  }

  @Test
  void persianTerritoriesAreNotPalestine() {
    List<Entity> es = EntityExtractorTest.run("fa", "سخنگوی سازمان ملل از وضعیت انسانی در سرزمین‌های فلسطینی ابراز نگرانی کرد.");
    List<Entity> territories = placesWith(es, "فلسطینی");
    assertEquals(1, territories.size(), all(es));
    assertEquals("wikidata:Q407199", territories.get(0).getId().toString(), all(es));
    List<Entity> state = placesWith(EntityExtractorTest.run("fa", "وزیر خارجه فلسطین روز دوشنبه به تهران سفر کرد."), "فلسطین");
    assertEquals("Palestine", state.get(0).getName());
    assertEquals("wikidata:Q219060", state.get(0).getId().toString());
  }
}
