package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 56, second part (Arabic entities): a relative named by one word after the kin noun, and its bare repeats;
 * common words read as places. Sentences written for these tests.
 */
class ArabicEntityRound56bTest {
  private static boolean anyMention(List<Entity> es, EntityType type, String text) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getMentions().stream().anyMatch(m -> m.getText().equals(text)));
  }

  @Test
  void aRelativeNamedAfterTheKinNounIsAPersonAndSoAreItsRepeats() {
    List<Entity> es = run("ar", "منوعات",
        "وحضرت الحفل المغنية سلمى الخوري برفقة شقيقتها الصغرى ليانا التي تدرس الطب في لندن، كما حضر نجله يعقوب البالغ 20 عاما. "
            + "أما ليانا فتقول إنها تحب الموسيقى، وجلست بجوار زوجته ريهام.");
    assertTrue(typed(es, EntityType.PERSON, "ليانا"), all(es));
    Entity liana = es.stream().filter(e -> e.getType() == EntityType.PERSON
        && e.getMentions().get(0).getText().equals("ليانا")).findFirst().orElseThrow();
    assertEquals(2, liana.getMentions().size(), all(es));
    assertTrue(typed(es, EntityType.PERSON, "يعقوب"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "ريهام"), all(es));
  }

  @Test
  void aKinNameSharedWithAnotherPersonsLongerNameIsNotRepeated() {
    List<Entity> es = run("ar", "كتب",
        "وكتبت الروائية سلمى حداد عن زوجها حداد (بعد الطلاق) فصلا كاملا. وقالت حداد إن الكتاب سيصدر قريبا.");
    assertFalse(es.stream().anyMatch(e -> e.getType() == EntityType.PERSON && e.getMentions().size() > 1
        && e.getMentions().stream().allMatch(m -> m.getText().equals("حداد"))), all(es));
  }

  @Test
  void aWordAfterTheKinNounThatIsNoNameStaysOut() {
    List<Entity> es = run("ar", "محليات",
        "وكان يعيش مع زوجته وطفليه، وقال إن ابنه هناك. وتوفي شقيقها الأكبر، ثم سافرت مع شقيقتها لإنقاذه. "
            + "وظل زوجها أيضًا في المدينة، ثم جاء ابنه الثاني يحمل الطعام، وشاهد فيلم «ابنة رايان».");
    for (String w : List.of("وطفليه", "هناك", "الأكبر", "لإنقاذه", "أيضًا", "يحمل", "رايان")) {
      assertFalse(anyMention(es, EntityType.PERSON, w), w + " " + all(es));
    }
  }

  @Test
  void theSunsetPrayerAndABareDawhaAreNoPlaces() {
    List<Entity> es = run("ar", "خيمة الصيف",
        "وقدمت الخيمة دروسا للأطفال، وبعد المغرب تمت استضافة المشاركين في خيمة دوحة العلم للمحاضرات، ثم سافر الوفد إلى الدوحة.");
    assertFalse(anyMention(es, EntityType.PLACE, "المغرب"), all(es));
    assertFalse(anyMention(es, EntityType.PLACE, "دوحة"), all(es));
    assertTrue(anyMention(es, EntityType.PLACE, "الدوحة"), all(es));
  }

  @Test
  void moroccoAfterBaadStaysWhenTheDispatchNamesIt() {
    List<Entity> es = run("ar", "رياضة",
        "وحل منتخب تونس ثانيا بعد المغرب في ترتيب المجموعة، وقال مدرب المغرب إن فريقه استحق الصدارة.");
    assertTrue(anyMention(es, EntityType.PLACE, "المغرب"), all(es));
    assertEquals(2, es.stream().filter(e -> e.getType() == EntityType.PLACE && e.getMentions().get(0).getText().equals("المغرب"))
        .findFirst().map(e -> e.getMentions().size()).orElse(0), all(es));
  }

  @Test
  void aGovernmentNamedByASeatThatIsNoCapitalIsThatSeatsGovernment() {
    List<Entity> es = run("ar", "ليبيا",
        "وتدير حكومة طرابلس مركز الاحتجاز، فيما وصل وفد الأمم المتحدة إلى طرابلس أمس.");
    assertTrue(anyMention(es, EntityType.ORGANIZATION, "حكومة طرابلس"), all(es));
    assertFalse(anyMention(es, EntityType.PLACE, "حكومة طرابلس"), all(es));
    assertTrue(anyMention(es, EntityType.PLACE, "طرابلس"), all(es));
  }
}
