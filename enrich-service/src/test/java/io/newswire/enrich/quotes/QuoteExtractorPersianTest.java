package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Persian attribution (subject first, verb last), on invented sentences. */
class QuoteExtractorPersianTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void subjectFirstVerbLastGuillemets() {
    var f = fields("تیتر", "علی رضایی در نشست خبری امروز گفت: «قرارداد جدید هفته آینده امضا می‌شود».");
    List<Quote> q = run(f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    assertEquals(1, q.size());
    assertEquals(QuoteKind.DIRECT, q.get(0).getKind());
    assertEquals("قرارداد جدید هفته آینده امضا می‌شود", q.get(0).getText());
    assertEquals("Ali Rezaei", speakerName(q.get(0)));
    assertEquals("گفت", q.get(0).getCue());
    assertEquals(q.get(0).getText(), cut(f, q.get(0)));
  }

  @Test
  void compoundCueVerbs() {
    for (String cue : new String[] {"گفت", "افزود", "تصریح کرد", "اظهار داشت", "بیان کرد", "خاطرنشان کرد", "عنوان کرد"}) {
      var f = fields("تیتر", "علی رضایی " + cue + ": «ما به توافق نزدیک شده‌ایم و جزئیات را اعلام خواهیم کرد».");
      List<Quote> q = run(f, person("P1", "Ali Rezaei", f, "علی رضایی"));
      assertEquals(1, q.size(), cue);
      assertEquals("Ali Rezaei", speakerName(q.get(0)), cue);
      assertEquals(cue, q.get(0).getCue(), cue);
    }
  }

  @Test
  void arabicYehAndKafTypedForPersianStillMatch() {
    var f = fields("تیتر", "علی رضایی تصريح كرد: «ما به توافق نزدیک شده‌ایم».");
    List<Quote> q = run(f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    assertEquals(1, q.size());
    assertEquals("تصريح كرد", q.get(0).getCue());
  }

  @Test
  void continuationPronounAndSwitch() {
    var f = fields("تیتر",
        "علی رضایی گفت: «مذاکرات ادامه دارد».",
        "وی افزود: «هیچ عجله‌ای برای امضا نداریم».",
        "افزود: «جلسه بعدی در تهران برگزار می‌شود».",
        "از سوی دیگر مریم احمدی اظهار داشت: «بودجه این طرح هنوز تصویب نشده است».");
    List<Quote> q = run(f, person("P1", "Ali Rezaei", f, "علی رضایی"), person("P2", "Maryam Ahmadi", f, "مریم احمدی"));
    assertEquals(List.of("Ali Rezaei", "Ali Rezaei", "Ali Rezaei", "Maryam Ahmadi"),
        q.stream().map(Articles::speakerName).toList());
    assertEquals("وی", speakerText(q.get(1)));
  }

  @Test
  void indirectWithKeh() {
    var f = fields("تیتر", "مریم احمدی گفت که بودجه طرح تا پایان ماه تصویب خواهد شد.");
    List<Quote> q = run(f, person("P2", "Maryam Ahmadi", f, "مریم احمدی"));
    assertEquals(1, q.size());
    assertEquals(QuoteKind.INDIRECT, q.get(0).getKind());
    assertEquals("بودجه طرح تا پایان ماه تصویب خواهد شد", q.get(0).getText());
    assertEquals("Maryam Ahmadi", speakerName(q.get(0)));
  }

  @Test
  void colonWithoutMarksIsIndirectAndHeadlineSpeakerLine() {
    var f = fields("رضایی: قرارداد هفته آینده امضا می‌شود",
        "علی رضایی در این نشست گفت: مذاکرات با طرف مقابل هفته آینده ادامه پیدا می‌کند.");
    List<Quote> q = run(f, person("P1", "Ali Rezaei", f, "رضایی", "علی رضایی"));
    assertEquals(2, q.size());
    q.forEach(x -> assertEquals(QuoteKind.INDIRECT, x.getKind()));
    assertEquals("قرارداد هفته آینده امضا می‌شود", q.get(0).getText());
    assertEquals("مذاکرات با طرف مقابل هفته آینده ادامه پیدا می‌کند.", q.get(1).getText()); // round 32: the full stop kept
    q.forEach(x -> assertEquals("Ali Rezaei", speakerName(x)));
  }

  @Test
  void roleOnlySpokesman() {
    var f = fields("تیتر", "سخنگوی وزارت نیرو گفت: «قطعی برق تابستان امسال کمتر خواهد بود».");
    List<Quote> q = run(f);
    assertEquals(1, q.size());
    assertNull(q.get(0).getSpeaker().getEntityId());
    assertEquals("سخنگوی وزارت نیرو", speakerText(q.get(0)));
  }

  @Test
  void scareQuoteInPersianIsNotAQuote() {
    var f = fields("تیتر", "منتقدان طرح موسوم به «اصلاح ساختار» را ناکافی می‌دانند.");
    assertTrue(run(f).isEmpty());
  }
}
