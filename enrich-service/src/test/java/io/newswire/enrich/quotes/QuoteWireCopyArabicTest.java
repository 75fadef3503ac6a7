package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failure modes seen on Arabic wire copy, on invented sentences: quoted names, speakers named without a quote. */
class QuoteWireCopyArabicTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void quotedNameAfterTheVerbIsTheSubjectNotAQuote() {
    var f = fields("عنوان",
        "وأوضح \"نادر سليم\" أن المشروع سيكتمل قبل نهاية العام الجاري.",
        "وأضاف: \"سنفتتح المرحلة الثانية من المشروع في الربيع المقبل\".");
    List<Quote> q = run(f, person("P1", "Nader Salim", f, "نادر سليم"));
    List<Quote> direct = ofKind(q, QuoteKind.DIRECT);
    assertEquals(1, direct.size());
    assertEquals("سنفتتح المرحلة الثانية من المشروع في الربيع المقبل", direct.get(0).getText());
    assertEquals("Nader Salim", speakerName(direct.get(0)));
    List<Quote> indirect = ofKind(q, QuoteKind.INDIRECT);
    assertEquals(1, indirect.size());
    assertEquals("Nader Salim", speakerName(indirect.get(0)));
  }

  @Test
  void speakerNamedByAVerbWithoutQuoteCarriesToTheContinuation() {
    var f = fields("عنوان",
        "وأشار خالد سالم خلال افتتاح المعرض إلى جهود المنظمين.",
        "وأضاف: \"نأمل أن يصبح المعرض موعدا سنويا ثابتا للعائلات\".");
    List<Quote> q = ofKind(run(f, person("P1", "Khaled Salem", f, "خالد سالم")), QuoteKind.DIRECT);
    assertEquals(1, q.size());
    assertEquals("Khaled Salem", speakerName(q.get(0)));
  }

  @Test
  void quotedNewspaperNameBetweenCueAndQuoteIsNarrative() {
    var f = fields("عنوان", "وقال سامر يوسف، مدير المصنع، لـ«الصباح»: «سنضاعف الإنتاج خلال العام المقبل بإذن الله».");
    List<Quote> q = run(f, person("P1", "Samer Youssef", f, "سامر يوسف"));
    assertEquals(1, q.size());
    assertEquals("سنضاعف الإنتاج خلال العام المقبل بإذن الله", q.get(0).getText());
    assertEquals("Samer Youssef", speakerName(q.get(0)));
  }

  @Test
  void ammaFrontsANewSpeakerTheEntityStepMissed() {
    var f = fields("عنوان",
        "وقال سامر يوسف: \"سنضاعف الإنتاج خلال العام المقبل بإذن الله\".",
        "أما رامي قاسم الشريك في المصنع فقال: \"نحتاج إلى عمال جدد قبل نهاية الصيف\".");
    List<Quote> q = run(f, person("P1", "Samer Youssef", f, "سامر يوسف"));
    assertEquals(2, q.size());
    assertEquals("رامي قاسم", Articles.speakerText(q.get(1)));
  }

  @Test
  void continuationWithNoOneNamedIsNoSpeaker() {
    var f = fields("عنوان", "وأضاف: \"نأمل أن يصبح المعرض موعدا سنويا ثابتا للعائلات\".");
    List<Quote> q = run(f);
    assertEquals(1, q.size());
    assertNull(q.get(0).getSpeaker());
  }
}
