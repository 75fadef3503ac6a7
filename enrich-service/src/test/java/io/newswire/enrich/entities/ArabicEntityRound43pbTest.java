package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 43b (Arabic persons, second part): a surname a second, unfound person of the article also carries repeats no
 * one ({@link SharedSurnames}); a one-word person the KB lacks whose word the article also writes with ال is a common
 * word ({@link DefiniteNounPersons}). Sentences written for these tests; the persons given stand for what the earlier
 * steps find.
 */
class ArabicEntityRound43pbTest {
  private static List<FieldText> fields(String body) {
    return List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(body), 0));
  }

  private static Mention person(String body, String name, int from) {
    int s = body.indexOf(name, from);
    return new Mention(0, s, s + name.length(), "person:name:" + name, EntityType.PERSON, name, false);
  }

  private static List<String> repeats(String body, String fullName) {
    Mention full = person(body, fullName, 0);
    List<String> out = new ArrayList<>();
    for (Mention m : new RepeatedNames().add(fields(body), List.of(full), "ar", id -> false)) {
      if (m != full) {
        out.add(body.substring(m.start(), m.end()));
      }
    }
    return out;
  }

  @Test
  void aSurnameASecondUnfoundPersonCarriesRepeatsNoOne() {
    // سوسن is no listed given name but a name word, twice before the surname: the bare مرعشلي may be hers as well
    // as her brother's
    String body = "روت سوسن مرعشلي قصة طفولتها، وكان شقيقها يوسف مرعشلي يرافقها. ثم سافرت مرعشلي إلى باريس، "
        + "وهناك بدأت سوسن مرعشلي الغناء.";
    assertEquals(List.of(), repeats(body, "يوسف مرعشلي"));
  }

  @Test
  void aNameWordOnceBeforeTheSurnameIsNoSecondPerson() {
    // ادان is a Wikidata name word and a verb ("condemned"): once is no second person
    String body = "انتقد النائب يوسف مرعشلي القرار. وادان مرعشلي الهجوم، وطالب مرعشلي بتحقيق.";
    assertEquals(List.of("مرعشلي", "مرعشلي"), repeats(body, "يوسف مرعشلي"));
  }

  @Test
  void aSurnameAfterSpeechVerbsStillRepeats() {
    // قال and أضاف before the surname name no second person
    String body = "استقبل الرئيس الوزير خالد المحمود. وقال المحمود إن الزيارة ناجحة، وأضاف المحمود أنه سيزور عمان.";
    assertEquals(List.of("المحمود", "المحمود"), repeats(body, "خالد المحمود"));
  }

  @Test
  void theSurnameAfterTheSamePersonsMiddleNameStillRepeats() {
    String body = "أعلن يوسف كمال معلوف ترشحه. وقال كمال معلوف إن حملته تبدأ غدا، وأضاف معلوف أنه متفائل.";
    assertEquals(List.of("معلوف"), repeats(body, "يوسف كمال معلوف"));
  }

  @Test
  void aOneWordPersonWhoseWordTakesTheArticleIsANoun() {
    String body = "يبحث الفلاسفة عن معنى الجمال منذ القدم، ويرى الكاتب أن جمال الروح أبقى.";
    Mention jamal = person(body, "جمال", body.indexOf("أن "));
    assertEquals(List.of(), DefiniteNounPersons.drop(fields(body), List.of(jamal), id -> false));
  }

  @Test
  void aOneWordPersonNamedInFullOnceKeepsHisMentions() {
    String body = "ألقى جمال الشريف كلمة عن الجمال في الفن، ثم غادر جمال القاعة.";
    Mention full = person(body, "جمال الشريف", 0);
    Mention bare = new Mention(0, body.indexOf("جمال القاعة"), body.indexOf("جمال القاعة") + 4, full.entityId(),
        EntityType.PERSON, full.name(), false);
    assertEquals(List.of(full, bare), DefiniteNounPersons.drop(fields(body), List.of(full, bare), id -> false));
  }

  @Test
  void aKbPersonNamedByOneWordKeepsIt() {
    String body = "قال جمال إن الجمال لا يقاس.";
    Mention jamal = person(body, "جمال", 0);
    assertEquals(List.of(jamal), DefiniteNounPersons.drop(fields(body), List.of(jamal), id -> true));
  }
}
