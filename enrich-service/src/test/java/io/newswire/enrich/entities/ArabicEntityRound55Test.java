package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 55 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound55Test {
  @Test
  void anExchangeOrItsTownInsideAnIndexNameIsNoMention() {
    List<Entity> es = run("ar", "أسواق",
        "وسجل المؤشر العام لبورصة قطر تراجعا طفيفا في تعاملات الأحد، فيما أغلق مؤشر سوق مسقط على ارتفاع محدود.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "بورصة قطر"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "مسقط"), all(es));
  }

  @Test
  void theIndexTestsReadTheWordsBeforeTheMention() {
    String general = "سجل المؤشر العام لبورصة قطر ارتفاعا";
    int at = general.indexOf("بورصة");
    assertTrue(IndexNames.afterDefiniteIndex(general, at, at + "بورصة قطر".length()));
    String plain = "وصرح مدير لبورصة قطر";
    at = plain.indexOf("بورصة");
    assertFalse(IndexNames.afterDefiniteIndex(plain, at, at + "بورصة قطر".length()));
    String town = "أغلق مؤشر سوق مسقط";
    assertTrue(IndexNames.insideIndexedExchange(town, town.indexOf("مسقط")));
    String market = "افتتح سوق مسقط الجديد";
    assertFalse(IndexNames.insideIndexedExchange(market, market.indexOf("مسقط")));
  }

  @Test
  void theTeachingStaffIsNoBody() {
    List<Entity> es = run("ar", "ندوة",
        "وشارك أعضاء هيئة التدريس بالجامعة في الندوة التي نظمتها عمادة شؤون الطلاب أمس.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "هيئة التدريس"), all(es));
  }

  @Test
  void anEmbassyNamedByItsCountryGivesTheCountry() {
    List<Entity> es = run("ar", "تأشيرات",
        "وأعلنت سفارة أستراليا في القاهرة أنها ستستأنف إصدار التأشيرات مطلع الشهر المقبل.");
    assertTrue(typed(es, EntityType.PLACE, "أستراليا"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "سفارة"), all(es));
    assertEquals("Australia", mentioned(es, "أستراليا").getName(), all(es));
  }

  @Test
  void darSaadIsAnAdenDistrictNotAMan() {
    List<Entity> es = run("ar", "عدن",
        "وقصف المتمردون أحياء سكنية في دار سعد شمال مدينة عدن مساء أمس.");
    assertTrue(typed(es, EntityType.PLACE, "دار سعد"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "سعد"), all(es));
  }

  @Test
  void aFashionHouseIsAFirmWithoutItsHeadWord() {
    List<Entity> es = run("ar", "موضة",
        "وقدمت دار «غوتشي» مجموعتها الجديدة في ميلانو، فيما عرضت دار الأزياء شانيل تصاميمها في باريس، "
            + "وشارك في العرض دار أزياء ومصمم فرنسي.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "غوتشي"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "شانيل"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "دار"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "ومصمم"), all(es));
  }

  @Test
  void aWriterOrJournalistIsNamedAfterTradeAndNationality() {
    List<Entity> es = run("ar", "صحافة",
        "وكتب الصحافي التركي قدري أوزكان، الذي طرد من صحيفته، أن الضغوط تتزايد. وركزت الإعلامية السعودية "
            + "في برنامجها على الحوار، فيما ختم الباحث اليمني بالتأكيد على أن الحل سياسي.");
    assertTrue(typed(es, EntityType.PERSON, "قدري أوزكان"), all(es));
    assertFalse(typedContaining(es, EntityType.PERSON, "بالتأكيد"), all(es));
  }

  @Test
  void aVerbAfterAWomansTradeIsNoName() {
    List<Entity> es = run("ar", "حوار",
        "وقالت المصادر إن الإعلامية السعودية ركزت على أهمية الحوار بين الأجيال.");
    assertFalse(typedContaining(es, EntityType.PERSON, "ركزت"), all(es));
  }

  @Test
  void lebanonsSpeakerTheUnCoordinatorAndTheChannelTrainAreKnown() {
    List<Entity> es = run("ar", "بيروت",
        "واستقبل نبيه بري في مكتبه سيغريد كاغ، ثم سافرت إلى لندن على متن قطار «يوروستار» من باريس.");
    assertEquals("Nabih Berri", mentioned(es, "نبيه بري").getName(), all(es));
    assertEquals("Sigrid Kaag", mentioned(es, "سيغريد كاغ").getName(), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "يوروستار"), all(es));
  }

  @Test
  void aGovernmentNamedByItsCountryOrStateIsABody() {
    List<Entity> es = run("ar", "تمويل",
        "وحصلت الكلية على منحة من حكومة البرازيل وحكومة ولاية كيرالا لدعم برامج البحث الجديدة.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "حكومة البرازيل"), all(es));
    assertEquals("Government of Brazil", mentioned(es, "حكومة البرازيل").getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "البرازيل"), all(es));
  }

  @Test
  void thePeopleAndGovernmentFormulaKeepsTheCountry() {
    List<Entity> es = run("ar", "تهنئة",
        "وأعرب باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني لفخامته، فيما تشكلت حكومة جديدة.");
    assertTrue(typed(es, EntityType.PLACE, "المملكة العربية السعودية"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "حكومة"), all(es));
  }
}
