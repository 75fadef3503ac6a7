package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 35 (issue 13, Arabic entities): the name after an indefinite head word of a settlement or an administrative
 * unit is a place, and its bare repeats in the dispatch are the same place ({@link HeadedPlaces}); مالي after a
 * preposition or a word of state is Mali, after another noun the adjective "financial" ({@link MaliNames}). Sentences written
 * for these tests; the mentions stand for what the tagger and the knowledge base give.
 */
class ArabicEntityRound35Test {
  private static FieldText field(String text) {
    return new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
  }

  private static List<String> places(String text, List<Mention> known) {
    List<String> out = new ArrayList<>();
    for (Mention m : HeadedPlaces.add(List.of(field(text)), known, new RuleNameIds(Map.of()))) {
      if (m.type() == EntityType.PLACE && !known.contains(m)) {
        out.add(text.substring(m.start(), m.end()));
      }
    }
    return out;
  }

  @Test
  void theNameAfterAGovernorateIsAPlace() {
    assertEquals(List.of("إب"), places("وسيطرت القوات على معسكر جنوب محافظة إب صباح اليوم.", List.of()));
    assertEquals(List.of("حجة"), places("وعقد المجلس المحلي بمحافظة حجة اجتماعا طارئا.", List.of()));
  }

  @Test
  void townsVillagesAndDistrictsAfterTheirHeads() {
    assertEquals(List.of("الشويحطية"), places("وافتتح المحافظ مدرسة جديدة في قرية الشويحطية أمس.", List.of()));
    assertEquals(List.of("القديح"), places("وزار الوفد مستوصف بلدة القديح ضمن جولته.", List.of()));
    assertEquals(List.of("الفيصلية"), places("ويقع المشروع بحي الفيصلية شمال المدينة.", List.of()));
  }

  @Test
  void aNameOpeningWithAWordThatIsNoNameAloneTakesTheNextWord() {
    assertEquals(List.of("بني حسن"), places("ووصلت المساعدات إلى قرية بني حسن مساء الخميس.", List.of()));
  }

  @Test
  void aBareRepeatOfTheFoundNameIsTheSamePlace() {
    String text = "وتقدمت القوات نحو مدينة الزهيرية من الشرق، ثم دخلت الزهيرية ظهرا وبالزهيرية أقامت حاجزا.";
    assertEquals(List.of("الزهيرية", "الزهيرية", "الزهيرية"), places(text, List.of()));
  }

  @Test
  void aShortNameIsNotRepeatedBare() {
    // حجة is "a pretext" bare: only the one after the head is the governorate
    String text = "وفي محافظة حجة رفضت الجماعة الحوار بحجة الحرب.";
    assertEquals(List.of("حجة"), places(text, List.of()));
  }

  @Test
  void adjectivesAndParticlesAfterTheHeadAreNoName() {
    assertEquals(List.of(), places("ونشأ في قرية صغيرة على ضفاف النهر.", List.of()));
    assertEquals(List.of(), places("واعتبرها الغزاة محافظة عراقية تحمل رقما.", List.of()));
    assertEquals(List.of(), places("وأعلنت القيادة عدن مدينة محررة بالكامل.", List.of()));
    assertEquals(List.of(), places("وهي أكبر مدينة من حيث عدد السكان.", List.of()));
    assertEquals(List.of(), places("وأقيمت المباراة على ملعب مدينة الملك عبدالله.", List.of()));
  }

  @Test
  void aNameAnotherMentionHoldsIsLeftAlone() {
    String text = "وقال رئيس مجلس محافظة بغداد إن الخطة جاهزة.";
    int s = text.indexOf("مجلس");
    Mention body = new Mention(0, s, text.indexOf(" إن"), "org:x", EntityType.ORGANIZATION, "x", false);
    List<Mention> out = HeadedPlaces.add(List.of(field(text)), List.of(body), new RuleNameIds(Map.of()));
    assertEquals(1, out.size(), out.toString());
  }

  @Test
  void regionAndCentreHeadsAreLeftToTheOtherRules() {
    assertTrue(places("وارتفعت الأسعار في منطقة اليورو ومركز التدريب.", List.of()).isEmpty());
  }

  @Test
  void aNeighbourhoodIsNoDistrictWithoutTheArticle() {
    assertEquals(List.of(), places("ففي كل حي سكني متحف صغير، وإذا كنت في حي تستطيع السير فيه.", List.of()));
    assertEquals(List.of(), places("لكل شارع وحي ومبنى أثري حكاية.", List.of()));
  }

  private static Mention mali(String text, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf("مالي", at + 1);
    }
    return new Mention(0, at, at + 4, "wikidata:Q912", EntityType.PLACE, "Mali", false);
  }

  @Test
  void maliAfterAPrepositionOrAWordOfStateIsTheCountry() {
    String text = "وأعلنت حكومة مالي أمس أن الهجوم وقع في مالي، وأكدت السفارة لدى مالي ذلك، ودعمت الجزائر بمالي، وقتل جنديان بوسط مالي.";
    List<Mention> out = MaliNames.mark(List.of(field(text)), List.of(mali(text, 1)));
    assertEquals(5, out.size(), out.toString());
    for (Mention m : out) {
      assertEquals("wikidata:Q912", m.entityId());
    }
  }

  @Test
  void maliAfterANounIsFinancial() {
    String text = "وقال خبير اقتصادي ومحلل مالي إن الاستثمار في مالي محفوف بالمخاطر، وطلبت الحكومة برنامج إنقاذ مالي جديدا.";
    List<Mention> out = MaliNames.mark(List.of(field(text)), List.of(mali(text, 0), mali(text, 1)));
    assertEquals(1, out.size(), out.toString());
    assertEquals(text.indexOf("في مالي") + 3, out.get(0).start());
  }

  @Test
  void noCountryInTheDispatchAddsNothing() {
    String text = "وقدم الصندوق دعما ماليا، وعين محلل مالي جديد في مالي الشركة.";
    assertEquals(0, MaliNames.mark(List.of(field(text)), List.of()).size());
  }
}
