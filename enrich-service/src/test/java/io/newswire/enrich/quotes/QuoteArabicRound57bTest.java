package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 57 (second part), on invented sentences: a verb-initial Arabic sentence whose person follows a
 * preposition (وكرر رفض التعاون مع الرئيس X) names no subject, so a subjectless وقال after it goes on from the
 * speaker before, not from X; a subject named before the preposition stays the sentence's topic.
 */
class QuoteArabicRound57bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aPersonAfterMaIsNoSubject() {
    var f = fields("لا تعاون مع السالم",
        "وقال مارك بيرسون، المتحدث باسم الوزارة: «الوضع معقد جدا».",
        "وكرر رفض التعاون مع الرئيس فادي السالم. وقال: «لا نرى السالم جزءا من الحل».");
    List<Quote> q = run(f, person("P1", "Mark Pearson", f, "مارك بيرسون"),
        person("P2", "Fadi al-Salem", f, "فادي السالم", "السالم"));
    Quote words = startingWith(q, "لا نرى");
    assertNotNull(words, texts(q).toString());
    assertEquals("Mark Pearson", speakerName(words));
  }

  @Test
  void aTitledPersonWithTheCliticBaIsNoSubject() {
    var f = fields("إشادة بالرئيس",
        "وقال مارك بيرسون، المتحدث باسم الوزارة: «الزيارة ناجحة».",
        "وأشاد كثيرا بالرئيس فادي السالم في كلمته. وقال: «إنها خطوة مهمة».");
    List<Quote> q = run(f, person("P1", "Mark Pearson", f, "مارك بيرسون"),
        person("P2", "Fadi al-Salem", f, "فادي السالم"));
    Quote words = startingWith(q, "إنها خطوة");
    assertNotNull(words, texts(q).toString());
    assertEquals("Mark Pearson", speakerName(words));
  }

  @Test
  void aSubjectBeforeThePrepositionStaysTheTopic() {
    var f = fields("استقبال المدرب",
        "وقال مارك بيرسون، المتحدث باسم النادي: «الفريق جاهز».",
        "ورحب رئيس النادي خالد العمري بالمدرب نادر الشهري. وقال: «نحن سعداء بقدومه».");
    List<Quote> q = run(f, person("P1", "Mark Pearson", f, "مارك بيرسون"),
        person("P2", "Khalid al-Omari", f, "خالد العمري"), person("P3", "Nader al-Shehri", f, "نادر الشهري"));
    Quote words = startingWith(q, "نحن سعداء");
    assertNotNull(words, texts(q).toString());
    assertEquals("Khalid al-Omari", speakerName(words));
  }

  @Test
  void kullMinNamesTheSubjects() {
    var f = fields("اتفاق",
        "وقال مارك بيرسون، المتحدث باسم الوزارة: «المحادثات مستمرة».",
        "ووقع كل من الوزير خالد العمري ونظيره نادر الشهري الاتفاق. وقال: «هذا يوم تاريخي».");
    List<Quote> q = run(f, person("P1", "Mark Pearson", f, "مارك بيرسون"),
        person("P2", "Khalid al-Omari", f, "خالد العمري"), person("P3", "Nader al-Shehri", f, "نادر الشهري"));
    Quote words = startingWith(q, "هذا يوم");
    assertNotNull(words, texts(q).toString());
    assertEquals("Khalid al-Omari", speakerName(words));
  }
}
