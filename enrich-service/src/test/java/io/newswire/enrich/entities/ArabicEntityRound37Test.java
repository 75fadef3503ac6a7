package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 37 (Arabic persons): a name set off by commas after an office that ends on a nationality, or on a body or
 * place the article found, is the office holder ({@link SpeakerNames}); a pronoun, a title, a ل-word or a comma
 * inside the office phrase opens nothing. Sentences written for these tests; the mentions stand for what the tagger
 * gives.
 */
class ArabicEntityRound37Test {
  private static FieldText field(String text) {
    return new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
  }

  private static List<String> persons(String text, List<Mention> known) {
    List<String> out = new ArrayList<>();
    for (Mention m : SpeakerNames.add(List.of(field(text)), known)) {
      if (m.type() == EntityType.PERSON) {
        out.add(text.substring(m.start(), m.end()));
      }
    }
    return out;
  }

  private static Mention body(String text, String name, EntityType type) {
    int s = text.indexOf(name);
    return new Mention(0, s, s + name.length(), "x:" + name, type, name, false);
  }

  @Test
  void aNameBetweenCommasAfterANationalityIsAPerson() {
    String text = "وهدد وزير الدفاع الإسرائيلي، موشيه ليفين، بالرد على أي هجوم.";
    assertEquals(List.of("موشيه ليفين"), persons(text, List.of()));
  }

  @Test
  void aPronounAfterTheNationalityIsNoName() {
    String text = "يرى التقرير أن المقاول الصيني، هو المسيطر، يليه الألماني.";
    assertEquals(List.of(), persons(text, List.of()));
  }

  @Test
  void aNameAfterAnOfficeAndItsBodyIsAPerson() {
    String text = "وقالت مسؤولة الشؤون الخارجية في الاتحاد الأوروبي، إلينا موريتي، في اجتماع مغلق إن الاتفاق صامد.";
    Mention eu = body(text, "الاتحاد الأوروبي", EntityType.ORGANIZATION);
    assertEquals(List.of("إلينا موريتي"), persons(text, List.of(eu)));
  }

  @Test
  void aNameAfterASenatorAndHisStateIsAPerson() {
    String text = "وكان السيناتور الديمقراطي عن ولاية نيويورك، تشاك برنر، قد أعلن معارضته للاتفاق.";
    Mention ny = body(text, "نيويورك", EntityType.PLACE);
    assertEquals(List.of("تشاك برنر"), persons(text, List.of(ny)));
  }

  @Test
  void withoutAnOfficeBeforeThePlaceNothingIsTaken() {
    String text = "وفي مدينة نيويورك، تشاك برنر، كان الطقس باردا.";
    Mention ny = body(text, "نيويورك", EntityType.PLACE);
    assertEquals(List.of(), persons(text, List.of(ny)));
  }

  @Test
  void aCommaBetweenTheOfficeAndTheBodyCutsTheLink() {
    String text = "التقى الوزير، في لندن، جون تيلر، وناقشا الملف.";
    Mention london = body(text, "لندن", EntityType.PLACE);
    assertEquals(List.of(), persons(text, List.of(london)));
  }

  @Test
  void aLamWordOrATitleOpensNoName() {
    String text = "وقال حاكم ولاية كاليفورنيا، شاعرا للولاية، إن المشروع كبير. وقال المدير التنفيذي لنادي آرسنال، لورد هيل، إن الفريق جاهز.";
    Mention ca = body(text, "كاليفورنيا", EntityType.PLACE);
    Mention arsenal = body(text, "آرسنال", EntityType.ORGANIZATION);
    assertEquals(List.of(), persons(text, List.of(ca, arsenal)));
  }

  private static List<String> withSurnames(String text) {
    List<Mention> before = List.of();
    List<Mention> after = SpeakerNames.add(List.of(field(text)), before);
    List<String> out = new ArrayList<>();
    for (Mention m : SpokenSurnames.add(List.of(field(text)), after)) {
      out.add(text.substring(m.start(), m.end()));
    }
    return out;
  }

  @Test
  void theNewPersonsSurnameAfterASpeechVerbIsThePerson() {
    String text = "وقال راشد الكعبي، المدير العام للهيئة، إن الخطة جاهزة. وأوضح الكعبي أن العمل بدأ. وأكد الكعبي أن الموعد ثابت.";
    assertEquals(List.of("راشد الكعبي", "الكعبي", "الكعبي"), withSurnames(text));
  }

  @Test
  void theSurnameElsewhereIsLeftAlone() {
    String text = "وقال تمام سلام، رئيس الحكومة، إن الوضع هادئ. ويعم سلام حذر في المدينة.";
    assertEquals(List.of("تمام سلام"), withSurnames(text));
  }

  @Test
  void aNationalityWithoutAnOfficeOpensNothingNorDoesAVerb() {
    String text = "وبخصوص الملف اليمني، شدد الوزير، على أن الحل سياسي. وفي الشأن العراقي، قال حسن، إن الأمر معقد.";
    assertEquals(List.of(), persons(text, List.of()));
  }

  @Test
  void benAndAliAreNamesAroundTheComma() {
    String text = "وقال بين كولمان، محلل لدى شركة أبحاث، إن المبيعات تراجعت. وأكد منير أولاد علي، رئيس الجمعية، أن الحوار مستمر.";
    assertEquals(List.of("بين كولمان", "منير أولاد علي"), persons(text, List.of()));
  }

  private static Mention person(String text, String name, int from, String id) {
    int s = text.indexOf(name, from);
    return new Mention(0, s, s + name.length(), id, EntityType.PERSON, name, false);
  }

  @Test
  void aGivenNameFollowedByAnotherPersonsWordIsOneName() {
    String text = "ودعا نائب الرئيس كريم الحمداني الحكومة إلى التحقيق. وقال البيان إن الحمداني طالب بالمحاسبة.";
    Mention given = person(text, "كريم", 0, "p:karim");
    Mention family = person(text, "الحمداني", text.indexOf("البيان"), "p:hamdani");
    List<String> out = new ArrayList<>();
    for (Mention m : SplitPersonNames.join(List.of(field(text)), List.of(given, family))) {
      out.add(text.substring(m.start(), m.end()) + "=" + m.entityId());
    }
    assertEquals(List.of("كريم الحمداني=p:hamdani", "الحمداني=p:hamdani"), out);
  }

  @Test
  void aWordNoPersonHoldsIsLeftOut() {
    String text = "ودعا نائب الرئيس كريم الحكومة إلى التحقيق. وقال البيان إن الحمداني طالب بالمحاسبة.";
    Mention given = person(text, "كريم", 0, "p:karim");
    Mention family = person(text, "الحمداني", 0, "p:hamdani");
    assertEquals(List.of(given, family), SplitPersonNames.join(List.of(field(text)), List.of(given, family)));
  }
}
