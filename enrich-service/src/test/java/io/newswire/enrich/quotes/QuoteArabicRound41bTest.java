package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 41 (second part), on invented sentences: an Arabic reported clause runs on through a comma and
 * حيث ('where, since'), which goes on explaining it, and ends there only before a speech verb of its own; figures in
 * marks inside a reported clause are no direct quote.
 */
class QuoteArabicRound41bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void clauseRunsOnThroughWhereAfterAComma() {
    var f = fields("افتتاح المكتبة الجديدة",
        "وأوضح المهندس كريم ناصر أن المكتبة ستفتح أبوابها الشهر المقبل، حيث تضم قاعات للقراءة ومختبرا للحاسوب.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Karim Nasser", f, "كريم ناصر"));
    Quote x = indirectStarting(q, "المكتبة ستفتح");
    assertTrue(x != null, texts(q).toString());
    assertTrue(x.getText().toString().contains("حيث تضم قاعات للقراءة"), x.getText().toString());
  }

  @Test
  void clauseEndsBeforeWhereWithASpeechVerb() {
    var f = fields("افتتاح المكتبة الجديدة",
        "وأوضح المهندس كريم ناصر أن المكتبة ستفتح أبوابها الشهر المقبل، حيث قال إن البلدية تكفلت بتجهيزها بالكامل.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Karim Nasser", f, "كريم ناصر"));
    Quote x = indirectStarting(q, "المكتبة ستفتح");
    assertTrue(x != null, texts(q).toString());
    assertEquals("المكتبة ستفتح أبوابها الشهر المقبل", x.getText().toString());
  }

  @Test
  void markedFiguresInsideAReportedClauseAreNoDirectQuote() {
    var f = fields("أسعار الخضار",
        "وأوضح المهندس كريم ناصر أن مؤشر الأسعار تراوح بين «214» و«230» نقطة خلال الربع الأخير من العام.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Karim Nasser", f, "كريم ناصر"));
    assertTrue(indirectStarting(q, "مؤشر الأسعار") != null, texts(q).toString());
    assertTrue(ofKind(q, QuoteKind.DIRECT).isEmpty(), texts(q).toString());
  }

  @Test
  void markedWordsInsideAReportedClauseStayDirect() {
    var f = fields("أسعار الخضار",
        "وأوضح المهندس كريم ناصر أن ارتفاع الأسعار «مؤقت ولن يدوم طويلا» بحسب تقديرات البلدية.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Karim Nasser", f, "كريم ناصر"));
    assertEquals(1, ofKind(q, QuoteKind.DIRECT).size(), texts(q).toString());
  }
}
