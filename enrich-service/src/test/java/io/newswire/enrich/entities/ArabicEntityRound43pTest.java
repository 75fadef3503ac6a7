package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 43 (Arabic persons): the bare surname of a person the knowledge base lacks repeats that person in Arabic too
 * ({@link RepeatedNames}), when the full name opens with a listed given name and the surname is no common word of the
 * article (no adjective after another ال word, no preposition glued to it, no adverb's, plural's or preposition's shape).
 * Sentences written for these tests; the person given stands for what the earlier steps find.
 */
class ArabicEntityRound43pTest {
  private static List<String> repeats(String body, String fullName) {
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(body), 0));
    int s = body.indexOf(fullName);
    Mention full = new Mention(0, s, s + fullName.length(), "person:name:" + fullName, EntityType.PERSON, fullName,
        false);
    List<String> out = new ArrayList<>();
    for (Mention m : new RepeatedNames().add(fields, List.of(full), "ar", id -> false)) {
      if (m != full) {
        out.add(body.substring(m.start(), m.end()));
      }
    }
    return out;
  }

  @Test
  void anUnknownPersonsSurnameRepeatsHim() {
    String body = "وقع النادي أمس مع المدافع خالد المحمود لثلاثة مواسم. وبات المحمود أول صفقة في الصيف، وأكد المدرب أن المحمود جاهز.";
    assertEquals(List.of("المحمود", "المحمود"), repeats(body, "خالد المحمود"));
  }

  @Test
  void aSurnameWithoutTheArticleRepeatsToo() {
    String body = "استقبل الوزير السفير يوسف معلوف في مكتبه. وسلم معلوف رسالة من حكومته.";
    assertEquals(List.of("معلوف"), repeats(body, "يوسف معلوف"));
  }

  @Test
  void aWordUsedAsAnAdjectiveInTheArticleIsNoSurname() {
    // المولد after الألماني: "German-born", a common word of this article
    String body = "انضم سعيد المولد إلى الفريق، ويدربه المدرب الألماني المولد منذ عامين. وبات المولد لاعبا أساسيا.";
    assertEquals(List.of(), repeats(body, "سعيد المولد"));
  }

  @Test
  void aWordThatTakesAGluedPrepositionIsNoSurname() {
    String body = "زار الأمير رياض الأطفال في الحي، واهتم بالأطفال هناك، ولعب الأطفال في الحديقة.";
    assertEquals(List.of(), repeats(body, "رياض الأطفال"));
  }

  @Test
  void theArticleForANameIsNoPreposition() {
    String body = "جائزة جديدة للمحمود في الموسم. ووقع خالد المحمود عقده أمس، وبات المحمود جاهزا.";
    assertEquals(List.of("المحمود"), repeats(body, "خالد المحمود"));
  }

  @Test
  void anAdverbOrAGluedPrepositionAfterAGivenNameIsNoSurname() {
    assertEquals(List.of(), repeats("دخل يوسف بهدوء إلى القاعة ثم جلس بهدوء في الصف الأول.", "يوسف بهدوء"));
    assertEquals(List.of(), repeats("وقف سعد زعيما للحزب، وبقي زعيما له عشرين عاما.", "سعد زعيما"));
  }

  @Test
  void aNameNotOpenedByAListedGivenNameIsNotRepeated() {
    String body = "حذر الأطباء من مرض سرطان البنكرياس، وقالوا إن البنكرياس عضو مهم.";
    assertEquals(List.of(), repeats(body, "سرطان البنكرياس"));
  }

  @Test
  void theFamilyIsNotTheOnePerson() {
    String body = "قتل سعد دوابشة في الهجوم. ونعت عائلة دوابشة ابنها، وقال دوابشة الأخ إنه حزين.";
    assertEquals(List.of("دوابشة"), repeats(body, "سعد دوابشة"));
  }
}
