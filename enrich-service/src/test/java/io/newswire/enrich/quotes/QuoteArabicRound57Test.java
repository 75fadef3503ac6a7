package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 57, on invented sentences: a weekday or the addressing participle right after an Arabic speech
 * verb (حذر X السبت من أن, وقال مخاطبا …) is an adjunct, the subject the one named before; a name the entity step
 * missed that opens with علي (folded like the preposition على) still heads its role (علي X متحدث باسم Y).
 */
class QuoteArabicRound57Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aWeekdayAfterTheVerbIsNoSubject() {
    var f = fields("تحذير من التصعيد",
        "وكان وزير الخارجية سامي الحربي قد وصل إلى الرياض. وحذر الحربي السبت من أن التصعيد سيضر بالمفاوضات.");
    List<Quote> q = run(f, person("P1", "Sami al-Harbi", f, "سامي الحربي", "الحربي"));
    Quote clause = startingWith(q, "التصعيد سيضر");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Sami al-Harbi", speakerName(clause));
  }

  @Test
  void aWeekdayAfterABareVerbLeavesTheEarlierSpeaker() {
    var f = fields("محادثات ناجحة",
        "وقال وزير الخارجية سامي الحربي إن الزيارة تأتي في وقت مهم.",
        "وقال الخميس إن المحادثات كانت ناجحة.");
    List<Quote> q = run(f, person("P1", "Sami al-Harbi", f, "سامي الحربي"));
    Quote clause = startingWith(q, "المحادثات كانت");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Sami al-Harbi", speakerName(clause));
  }

  @Test
  void theAddressingParticipleIsNoSubject() {
    var f = fields("هجوم على قناة",
        "وشن المذيع جون ستيوارت هجوما على القناة، وقال مخاطبا القناة إن «نفاقكم صفة أساسية فيكم».");
    List<Quote> q = run(f, person("P1", "Jon Stewart", f, "جون ستيوارت"));
    Quote words = startingWith(q, "نفاقكم");
    assertNotNull(words, texts(q).toString());
    assertEquals("Jon Stewart", speakerName(words));
  }

  @Test
  void aSubjectThatIsNoWeekdayStaysTheSubject() {
    var f = fields("مدارس جديدة",
        "وقال مدير التعليم إن ثلاث مدارس ستفتح في الحي. وقال المعلمون إن الصفوف مزدحمة.");
    List<Quote> q = run(f);
    Quote clause = startingWith(q, "الصفوف مزدحمة");
    assertNotNull(clause, texts(q).toString());
    assertEquals("المعلمون", speakerText(clause));
  }

  @Test
  void anUnknownNameOpeningWithAliHeadsItsRole() {
    var f = fields("معارك في الجنوب",
        "وقال علي الكندي متحدث باسم قوات الحرس المحلي في المدينة، إن القتال مستمر قرب المطار.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Local Guard Forces", f, "قوات الحرس المحلي"));
    Quote clause = startingWith(q, "القتال مستمر");
    assertNotNull(clause, texts(q).toString());
    assertEquals("علي الكندي", speakerName(clause));
  }

  @Test
  void anUnknownNameWithAliInsideItHeadsItsRoleAfterAComma() {
    var f = fields("رفض القرار",
        "ونقلت وكالة محلية عن محمد علي الساعدي، قائد قوات الحرس المحلي، قوله إن القرار غير مقبول.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Local Guard Forces", f, "قوات الحرس المحلي"));
    Quote clause = startingWith(q, "القرار غير");
    assertNotNull(clause, texts(q).toString());
    assertEquals("محمد علي الساعدي", speakerName(clause));
  }

  @Test
  void thePrepositionSpeltAliBeforeTheClauseIsNoName() {
    var f = fields("بقاء القوات",
        "وقال قائد قوات الحرس المحلي إن الوضع هادئ. وشدد علي أن قوات الحرس المحلي ستبقى في المدينة.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Local Guard Forces", f, "قوات الحرس المحلي"));
    Quote clause = startingWith(q, "قوات الحرس المحلي ستبقى");
    assertNotNull(clause, texts(q).toString());
    String name = speakerName(clause);
    assertFalse(name != null && name.startsWith("علي"), String.valueOf(name));
  }
}
