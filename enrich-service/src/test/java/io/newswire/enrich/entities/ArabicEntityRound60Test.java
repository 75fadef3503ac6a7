package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 60 (Arabic entities): persons named after a nationality standing as a noun; kindergartens (رياض الأطفال) no person.
 * Sentences written for these tests.
 */
class ArabicEntityRound60Test {
  private static final EntityExtractor WITH_MODEL =
      new EntityExtractor(EntityExtractorTest.KB, PerceptronTagger.loadShipped("ar"));

  private static List<Entity> extract(String headline, String body) {
    return WITH_MODEL.extract(EntityExtractorTest.fields(headline, body), "ar");
  }

  private static boolean anyMention(List<Entity> es, EntityType type, String text) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getMentions().stream().anyMatch(m -> m.getText().equals(text)));
  }

  @Test
  void aForeignNameAfterANationalityJoinedByWaIsAPerson() {
    List<Entity> es = extract("تدريبات",
        "وانضم إلى التدريبات الحارس الأول، والبولندي ستيفان ياكوبسكي، بعد عودته من الإصابة.");
    assertTrue(anyMention(es, EntityType.PERSON, "ستيفان ياكوبسكي"), all(es));
  }

  @Test
  void aForeignNameAfterAPlayersRoleAndNationalityIsAPerson() {
    List<Entity> es = extract("مباراة",
        "وأحرز هدف الفوز المهاجم الأوروغواياني بيدرو كوفالسكي في الدقيقة الأخيرة من اللقاء.");
    assertTrue(anyMention(es, EntityType.PERSON, "بيدرو كوفالسكي"), all(es));
  }

  @Test
  void aNationalityAfterItsNounOrACommonWordOpensNoName() {
    // an adjective after its noun (الوفد الروماني), a nationality after a closing mark, a word followed by a number
    List<Entity> es = extract("زيارة",
        "وغادر الوفد الروماني ستيفان صباحا، وكتبت صحيفة «المساء» البريطانية فان الفريق تعاقد مع الهولندي ماريو مقابل 20 مليون يورو.");
    assertFalse(anyMention(es, EntityType.PERSON, "فان"), all(es));
    assertFalse(anyMention(es, EntityType.PERSON, "ماريو مقابل"), all(es));
  }

  @Test
  void namesAfterNationalitiesInAListOfPlayers() {
    List<Entity> es = extract("تشكيلة",
        "وضمت القائمة لاعبين أجانب هم الكاميروني جوزيف إيمانا، والروسي إيغور سيمينوف، والويلزي غاريث برايس.");
    assertTrue(anyMention(es, EntityType.PERSON, "إيغور سيمينوف"), all(es));
    assertTrue(anyMention(es, EntityType.PERSON, "غاريث برايس"), all(es));
  }

  @Test
  void aNameAfterANationalityAfterAPreposition() {
    List<Entity> es = extract("ركلة جزاء",
        "واحتسب الحكم ركلة جزاء إثر خطأ من الهولندي دالي فيرمولين على مهاجم الفريق الضيف.");
    assertTrue(anyMention(es, EntityType.PERSON, "دالي فيرمولين"), all(es));
  }

  @Test
  void aNameAfterANationalityJoinedByWaBeforeAGluedPreposition() {
    List<Entity> es = extract("مفاوضات",
        "ويسعى النادي إلى إنهاء عقدي المدافع الأول والكرواتي لوكاس بيليتش للتوصل إلى تسوية مالية.");
    assertTrue(anyMention(es, EntityType.PERSON, "لوكاس بيليتش"), all(es));
  }

  @Test
  void kindergartensAreNoPerson() {
    List<Entity> es = extract("\"رياض أطفال\" تعليم المدينة يطلق برنامجا للأمهات",
        "المدينة المنورة 20 شوال 1436 هـ الموافق 5 أغسطس 2015 م واس\n"
            + "أعلنت إدارة رياض الأطفال بتعليم المدينة المنورة عن بدء برنامج للأمهات في مقر إدارة رياض الأطفال بحي قباء.");
    assertFalse(anyMention(es, EntityType.PERSON, "رياض الأطفال"), all(es));
    assertFalse(anyMention(es, EntityType.PERSON, "رياض أطفال"), all(es));
  }

  @Test
  void aManNamedRiyadStaysAPerson() {
    List<Entity> es = extract("زيارة", "واستقبل المحافظ رجل الأعمال رياض الحربي في مكتبه أمس.");
    assertTrue(anyMention(es, EntityType.PERSON, "رياض الحربي"), all(es));
  }

  @Test
  void aClubsTransliteratedNameRunsToItsNationality() {
    List<Entity> es = extract("انتقالات",
        "ووقع المدافع عقدا مع نادي ديبورتيفو ألافيس الإسباني لمدة موسمين.");
    assertTrue(anyMention(es, EntityType.ORGANIZATION, "ديبورتيفو ألافيس"), all(es));
  }

  @Test
  void aClubsForeignNameRunsToAPronoun() {
    List<Entity> es = extract("انتقالات",
        "وقال وكيل اللاعب إن نادي سبورتينغ خيخون هو الأقرب إلى ضمه هذا الصيف.");
    assertTrue(anyMention(es, EntityType.ORGANIZATION, "نادي سبورتينغ خيخون"), all(es));
  }

  @Test
  void aClubsNameStopsBeforeItsPresidentAndBeforeBishan() {
    List<Entity> es = extract("تصريحات",
        "وتحدث رئيس نادي كاين جان فرنسوا فورتان عن الأزمة، وأجرى المدير اتصالات مع نادي شالكه بشأن المهاجم.");
    assertFalse(es.stream().anyMatch(e -> e.getMentions().stream().anyMatch(m -> m.getText().contains("كاين جان"))), all(es));
    assertFalse(es.stream().anyMatch(e -> e.getMentions().stream().anyMatch(m -> m.getText().contains("بشأن"))), all(es));
  }

  @Test
  void aNameAfterADeviceNounIsAProductNoPerson() {
    List<Entity> es = extract("هاتف جديد",
        "وكشفت الشركة أمس عن هاتف موتو زد الجديد، ويباع موتو زد بسعر منخفض، كما أطلقت تطبيقا لأجهزة أندرويد.");
    assertFalse(anyMention(es, EntityType.PERSON, "موتو زد"), all(es));
    assertFalse(anyMention(es, EntityType.PERSON, "أندرويد"), all(es));
  }

  @Test
  void aPersonAfterTheAgencyOrARegimeStaysAPerson() {
    List<Entity> es = extract("تصريحات",
        "وقال مدير الجهاز سامي الخطيب إن الفريق جاهز للمباراة.");
    assertTrue(anyMention(es, EntityType.PERSON, "سامي الخطيب"), all(es));
  }
}
