package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 41 (Arabic organisations, places and precision): المغرب after a word of prayer is the sunset prayer, not
 * Morocco; a bare body noun before a bare common adjective (لجنة عليا، مركز متخصص) is a description; SPA's headline
 * names تعاوني/دعوي + a town are the town's cooperative office; a Turkish club ending in سبور is one organisation,
 * not its town; al-Shabaab and the Horn of Africa are in the knowledge base. Sentences written for these tests.
 */
class ArabicEntityRound41Test {
  private static boolean has(List<Entity> es, EntityType type, String text) {
    return es.stream().filter(e -> e.getType() == type).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().equals(text));
  }

  private static boolean named(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  @Test
  void theSunsetPrayerIsNotMorocco() {
    List<Entity> es = run("ar", "نصائح للصائمين",
        "ينصح الأطباء بتناول التمر قبل صلاة المغرب، ثم يجتمع المصلون في المسجد لصلاتي المغرب والعشاء.");
    assertFalse(has(es, EntityType.PLACE, "المغرب"), all(es));
  }

  @Test
  void moroccoNamedAsACountryStays() {
    List<Entity> es = run("ar", "جولة مغاربية", "وزار الوزير المغرب وتونس الأسبوع الماضي قبل عودته إلى القاهرة.");
    assertTrue(has(es, EntityType.PLACE, "المغرب"), all(es));
  }

  @Test
  void aBodyNounBeforeACommonAdjectiveIsNoName() {
    List<Entity> es = run("ar", "إصلاحات",
        "وشكلت الحكومة لجنة عليا لمتابعة المشاريع المتعثرة، ونقل اللاعب إلى مركز متخصص للعلاج الطبيعي، "
            + "وتلقى المهندس عرضا من مؤسسة كبرى.");
    assertFalse(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION), all(es));
  }

  @Test
  void aDefiniteHighCommitteeIsStillABody() {
    List<Entity> es = run("ar", "انتخابات", "وأعلنت اللجنة العليا للانتخابات النتائج النهائية مساء أمس.");
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION
        && e.getMentions().stream().anyMatch(m -> m.getText().startsWith("اللجنة العليا"))), all(es));
  }

  @Test
  void aCooperativeOfficeNamedByItsTownInAHeadline() {
    List<Entity> es = run("ar", "محاضرة بتعاوني صبيا غدا",
        "يقيم المكتب التعاوني للدعوة والإرشاد محاضرة بعد صلاة العشاء.");
    assertTrue(has(es, EntityType.ORGANIZATION, "تعاوني صبيا"), all(es));
    assertFalse(has(es, EntityType.PLACE, "صبيا"), all(es));
  }

  @Test
  void aTurkishSporClubIsOneOrganisation() {
    List<Entity> es = run("ar", "ودية جديدة",
        "وخسر الفريق في معسكره من كونيا سبور التركي بهدفين، ثم فاز على بلدية أكهيسار سبور بهدف.");
    assertTrue(has(es, EntityType.ORGANIZATION, "كونيا سبور"), all(es));
    assertTrue(has(es, EntityType.ORGANIZATION, "بلدية أكهيسار سبور"), all(es));
    assertFalse(has(es, EntityType.PLACE, "كونيا"), all(es));
  }

  @Test
  void aQuotedSportStyleIsNoClub() {
    List<Entity> es = run("ar", "موضة", "وقدمت الدار قطعا منفصلة بطابع «سبور» وأخرى للسهرة.");
    assertFalse(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION), all(es));
  }

  @Test
  void alShabaabAndTheHornOfAfricaAreKnown() {
    List<Entity> es = run("ar", "الصومال",
        "وانسحبت حركة الشباب من بلدة ساحلية، في وقت تعاني فيه منطقة القرن الأفريقي من الجفاف.");
    assertTrue(named(es, EntityType.ORGANIZATION, "Al-Shabaab"), all(es));
    assertTrue(named(es, EntityType.PLACE, "Horn of Africa"), all(es));
  }
}
