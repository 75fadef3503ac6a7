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
 * Round 33 (issue 13, Arabic entities): لولا ("were it not for") and الرضا ("contentment") alone are the words, not Lula
 * or the Imam ({@link PronounNames}); a singer or actor named after the trade and a nationality is a person, a stage
 * name too ({@link ArtistTitles}); a name in guillemets after a noun of things (نظام «X»، دور «X») is no person
 * ({@link MarkedThings}). Sentences written for these tests.
 */
class ArabicEntityRound33Test {
  private static boolean anyPerson(List<Entity> es, String word) {
    return es.stream().filter(e -> e.getType() == EntityType.PERSON).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().equals(word));
  }

  @Test
  void wereItNotForIsNoPerson() {
    List<Entity> es = EntityExtractorTest.run("ar", "مباراة مثيرة",
        "وكاد الفريق يخسر المباراة لولا تدخل الحارس في الدقيقة الأخيرة، وقال المدرب إن اللاعبين شعروا بالرضا عن الأداء.");
    assertFalse(anyPerson(es, "لولا"), all(es));
    assertFalse(anyPerson(es, "الرضا"), all(es));
  }

  @Test
  void lulaNamedInFullKeepsHisBareRepeat() {
    List<Entity> es = EntityExtractorTest.run("ar", "زيارة رسمية",
        "ووصل الرئيس البرازيلي السابق لولا دا سيلفا إلى الرياض أمس. وقال لولا إن الزيارة تفتح صفحة جديدة.");
    assertTrue(anyPerson(es, "لولا"), all(es));
  }

  @Test
  void aSingerNamedAfterHerTradeAndNationalityIsAPerson() {
    List<Entity> es = EntityExtractorTest.run("ar", "حفل صيفي",
        "وأحيت الفنانة اللبنانية نانسي عجرم، مساء السبت، حفلا صعد بعدها المطرب العراقي كاظم الساهر إلى المسرح.");
    assertTrue(typed(es, EntityType.PERSON, "نانسي عجرم"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "كاظم الساهر"), all(es));
  }

  @Test
  void aStageNameBeforeAConjunctionIsOneWord() {
    List<Entity> es = EntityExtractorTest.run("ar", "حفل صيفي",
        "وجمع الحفل الفنانة المغربية زينة والمطرب الكويتي عبدالله الرويشد على مسرح واحد.");
    assertTrue(typed(es, EntityType.PERSON, "زينة"), all(es));
    assertFalse(anyPerson(es, "زينة والمطرب"), all(es));
  }

  @Test
  void aNameThatMayRunOnIsLeftAlone() {
    List<Entity> es = EntityExtractorTest.run("ar", "معرض فني",
        "وعرض الفنان الفرنسي جان بيير دوفال لوحاته الجديدة في الرياض.");
    assertFalse(anyPerson(es, "جان بيير"), all(es));
  }

  @Test
  void theTradeWithoutANationalityOpensNoName() {
    List<Entity> es = EntityExtractorTest.run("ar", "معرض فني",
        "وقال المنظمون إن الفنان أنجز اللوحات خلال عام، وإن الممثل دوره كبير في نجاح العرض.");
    assertFalse(anyPerson(es, "أنجز"), all(es));
    assertFalse(anyPerson(es, "دوره"), all(es));
  }

  @Test
  void aNameInGuillemetsAfterANounOfThingsIsNoPerson() {
    List<Entity> es = EntityExtractorTest.run("ar", "تحديث جديد",
        "وأعلنت الشركة تحديثا لأجهزة «أندرويد» الأسبوع المقبل، وأدت الممثلة دور «سلمى» في المسلسل.");
    assertFalse(anyPerson(es, "أندرويد"), all(es));
    assertFalse(anyPerson(es, "سلمى"), all(es));
  }

  @Test
  void aPersonInGuillemetsAfterAVerbStaysAPerson() {
    List<Entity> es = EntityExtractorTest.run("ar", "كتاب جديد",
        "وكتب الرئيس الأميركي السابق «جورج بوش» مقدمة الكتاب، وقال الناشر إن الطبعة الأولى نفدت.");
    assertTrue(anyPerson(es, "جورج بوش"), all(es));
  }
}
