package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 39b, on invented sentences: one marked word shaped as a describing word (a nisba, an indefinite
 * feminine or accusative word) straight after a plain noun of a reported clause qualifies that noun in the
 * speaker's words, so it is DIRECT; a definite word after an indefinite noun (its genitive) and proper words stay
 * names ({@link ArabicFragments#adjectival}).
 */
class QuoteArabicRound39bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  private static Quote direct(List<Quote> q, String text) {
    return ofKind(q, QuoteKind.DIRECT).stream().filter(x -> x.getText().toString().equals(text)).findFirst().orElse(null);
  }

  @Test
  void nisbaAfterANounOfTheClauseIsSaid() {
    var f = fields("الوزير يتحدث عن الغارات",
        "وأوضح وزير الدفاع سالم الكعبي أن الغارات هدفها «وقائي» قبل أن تصل الجماعات المسلحة إلى الحدود.");
    List<Quote> q = run("ar", f, person("P1", "Salem al-Kaabi", f, "سالم الكعبي"));
    Quote x = direct(q, "وقائي");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Salem al-Kaabi", speakerName(x));
  }

  @Test
  void indefiniteFeminineAdjectiveAfterANounIsSaid() {
    var f = fields("مخاوف من تصاعد القصف",
        "وقال المتحدث باسم المستشفى ماجد الحربي إن عشرة من المصابين يعانون إصابات «خطيرة» وإن الأطباء يعملون بلا توقف.",
        "وأضاف الحربي أن المستشفى طلب إرسال «معدات» إضافية.");
    List<Quote> q = run("ar", f, person("P1", "Majed al-Harbi", f, "ماجد الحربي", "الحربي"));
    assertTrue(direct(q, "خطيرة") != null, texts(q).toString());
    assertEquals(null, direct(q, "معدات"), "a plain noun after a noun keeps the old reading: " + texts(q));
  }

  @Test
  void definiteWordAfterAnIndefiniteNounIsItsGenitiveAName() {
    var f = fields("تعيينات في التنظيم",
        "وقال المرصد إن التنظيم عين مقاتلا أجنبيا مسؤول «الإمدادات» في المدينة، وإن مقاتليه عبروا نفق «الوادي» ليلا.");
    List<Quote> q = run("ar", f);
    assertFalse(texts(ofKind(q, QuoteKind.DIRECT)).contains("الإمدادات"), texts(q).toString());
    assertFalse(texts(ofKind(q, QuoteKind.DIRECT)).contains("الوادي"), texts(q).toString());
  }

  @Test
  void nounInAyaAndProperWordsStayNames() {
    var f = fields("التنظيم يوسع نفوذه",
        "وذكر التقرير أن التنظيم عين قادة على عشر «ولاية» في الشمال، وأن عناصره يجتمعون في سوق «عكاظ» كل أسبوع.");
    List<Quote> q = run("ar", f);
    List<String> d = texts(ofKind(q, QuoteKind.DIRECT));
    assertFalse(d.contains("ولاية"), d.toString());
    assertFalse(d.contains("عكاظ"), d.toString());
  }
}
