package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 45 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound45Test {
  @Test
  void theSuezCanalIsAWaterwayNotTheTownNorAChannel() {
    List<Entity> es = run("ar", "ملاحة",
        "عبرت عشرات السفن قناة السويس أمس، بعد أيام من افتتاح قناة السويس الجديدة.");
    Entity canal = named(es, "قناة السويس");
    assertEquals(EntityType.PLACE, canal.getType());
    assertEquals("Suez Canal", canal.getName());
    assertEquals("New Suez Canal", named(es, "قناة السويس الجديدة").getName());
    assertNull(mentioned(es, "السويس"), all(es)); // the town inside the canal's name is no place of its own
  }

  @Test
  void theChannelAndCalaisArePlaces() {
    List<Entity> es = run("ar", "مهاجرون",
        "حاول مئات المهاجرين عبور نفق المانش انطلاقا من ميناء كاليه ليلة أمس.");
    assertEquals("English Channel", named(es, "المانش").getName());
    assertEquals("Calais", named(es, "كاليه").getName());
  }

  @Test
  void knownFiguresTakeTheirNames() {
    List<Entity> es = run("ar", "كتاب",
        "يتناول الكتاب الجديد فكر ابن خلدون، وقال رأفت الصباغ إن الصباغ نفسه قرأه مرتين.");
    assertEquals("Ibn Khaldun", named(es, "ابن خلدون").getName());
    assertEquals("Raafat Al-Sabbagh", named(es, "رأفت الصباغ").getName());
  }

  @Test
  void bodiesOfTheLevantAndYemenTakeTheirNames() {
    List<Entity> es = run("ar", "أمن",
        "أعلنت المديرية العامة للأمن العام اللبناني توقيف رجلين ينتميان إلى جبهة النصرة، "
            + "فيما استأنفت الخطوط الجوية اليمنية رحلاتها.");
    assertEquals("General Directorate of General Security",
        named(es, "المديرية العامة للأمن العام اللبناني").getName());
    assertEquals("Al-Nusra Front", named(es, "جبهة النصرة").getName());
    assertEquals("Yemenia", named(es, "الخطوط الجوية اليمنية").getName());
  }

  /** The mentions {@link ArabicSurnameRepeats} leaves for one paragraph in which a person is named at {@code full}. */
  private static List<Mention> repeats(String text, String full) {
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0));
    int s = text.indexOf(full);
    Mention person = new Mention(0, s, s + full.length(), "person:name:test", EntityType.PERSON, "Test", false);
    return ArabicSurnameRepeats.add(fields, List.of(person));
  }

  @Test
  void aNisbaShapedFamilyNameAloneRepeatsThePersonNamedInFull() {
    // the generic repeats leave a family name shaped like a nisba (ال…ي: الروسي، المصري) alone
    List<Mention> ms = repeats("انضم فهد العيوني إلى النادي هذا الموسم. ويجري العيوني تدريبات خاصة، "
        + "والعيوني سيكون جاهزا قريبا.", "فهد العيوني");
    assertEquals(3, ms.size(), ms.toString());
    for (Mention m : ms) {
      assertEquals("person:name:test", m.entityId());
    }
  }

  @Test
  void aFamilyNameTheArticleWritesAsAnAdjectiveIsLeftAlone() {
    // العام الماضي (last year): the word is an adjective in this article, so the bare one is no one's either
    assertEquals(1, repeats("قال خالد الماضي إن دورة العام الماضي نجحت. وأضاف الماضي أن الدورة المقبلة أكبر.",
        "خالد الماضي").size());
    // سعد العيوني: another man of the family; الجانب العيوني: not a name's place
    assertEquals(1, repeats("قال فهد العيوني إن سعد العيوني غاب عن التدريب.", "فهد العيوني").size());
  }
}
