package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 36b, on invented sentences: an Arabic colon statement without marks, with or without a space
 * before the colon; a Persian person who opens a sentence with a verb other than speech is whom the next وی means.
 */
class QuoteArabicPersianRound36bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void arabicColonStatementWithoutMarks() {
    var f = fields("المعرض",
        "افتتح سامر الخطيب معرض الكتاب في المدينة مساء أمس.",
        "وقال الخطيب : المعرض يجمع الناشرين من كل المناطق ونحن سعداء بهذا الإقبال .",
        "وقال الخطيب: نأمل أن يستمر الدعم في الأعوام المقبلة.");
    List<Quote> q = run("ar", f, person("P1", "Samer al-Khatib", f, "سامر الخطيب", "الخطيب"));
    Quote spaced = startingWith(q, "المعرض يجمع الناشرين");
    assertEquals("المعرض يجمع الناشرين من كل المناطق ونحن سعداء بهذا الإقبال", spaced.getText().toString());
    assertEquals(QuoteKind.INDIRECT, spaced.getKind());
    assertEquals("Samer al-Khatib", speakerName(spaced), texts(q).toString());
    assertEquals("Samer al-Khatib", speakerName(startingWith(q, "نأمل أن يستمر")), texts(q).toString());
  }

  @Test
  void persianSentenceSubjectIsWhomVeyMeans() {
    var f = fields("همایش",
        "علی رضایی مدیر کل بهزیستی استان گفت: کمک‌های مردمی امسال دو برابر شد.",
        "حسن کریمی، استاد دانشگاه، در این همایش حضور یافت.",
        "وی افزود: نیکوکاری ریشه در فرهنگ مردم این استان دارد.");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"), person("P2", "Hassan Karimi", f, "حسن کریمی"));
    assertEquals("Hassan Karimi", speakerName(startingWith(q, "نیکوکاری ریشه")), texts(q).toString());
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "کمک‌های مردمی")), texts(q).toString());
  }
}
