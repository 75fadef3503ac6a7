package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
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
 * Issue 9, round 40, on invented sentences: a verb of stressing or denying whose subject or adjunct a comma
 * closes reports the verbal noun right after the comma (مؤكدا في السياق ذاته، أهمية …), unless the words after the
 * comma are a short apposition closed by another comma (a person's role).
 */
class QuoteArabicRound40Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void verbalNounAfterACommaClosedAdjunctIsReported() {
    var f = fields("وزير الخارجية يلتقي نظيره الأردني",
        "واستقبل وزير الخارجية فيصل بن فرحان نظيره الأردني في الرياض، مؤكدا في السياق ذاته، أهمية تنسيق المواقف بين البلدين في القضايا الإقليمية.");
    List<Quote> q = run(f, person("P1", "Faisal bin Farhan", f, "فيصل بن فرحان"));
    Quote x = indirectStarting(q, "أهمية تنسيق المواقف");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Faisal bin Farhan", speakerName(x));
  }

  @Test
  void verbalNounAfterACommaClosedSubjectIsReported() {
    var f = fields("الأمين العام يرحب بالاتفاق",
        "وأكد الأمين العام لمجلس التعاون الخليجي جاسم البديوي في بيان أمس، دعم المجلس للاتفاق الموقع بين الطرفين في جدة.");
    List<Quote> q = run(f, person("P1", "Jasem Albudaiwi", f, "جاسم البديوي"));
    assertTrue(indirectStarting(q, "دعم المجلس للاتفاق") != null, texts(q).toString());
  }

  @Test
  void roleAfterANameBetweenCommasIsNoVerbalNoun() {
    var f = fields("المحكمة تنظر في القضية",
        "ونفت سارة كوهين، محامية المتهم الرئيسية، التهم الموجهة إلى موكلها أمام المحكمة المركزية.");
    List<Quote> q = run(f);
    assertFalse(texts(ofKind(q, QuoteKind.INDIRECT)).stream().anyMatch(t -> t.startsWith("محامية")), texts(q).toString());
  }
}
