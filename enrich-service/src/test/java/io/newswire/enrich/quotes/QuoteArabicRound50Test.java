package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 50, on invented sentences: an Arabic source phrase opening its sentence that runs into فإن with
 * no comma (وبحسب X فإن …) attributes the clause after فإن to X, as it does with the comma; the clause stops
 * before another speaker's verb in the same sentence.
 */
class QuoteArabicRound50Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aSourcePhraseRunsIntoFaInnaWithoutAComma() {
    var f = fields("ثغرة في أنظمة الملاحة البحرية",
        "كشف الباحث سامر العتيبي ثغرة في أنظمة الملاحة. وبحسب العتيبي فإن أكثر من نصف السفن معرضة للخطر.");
    List<Quote> q = run(f, person("P1", "Samer al-Otaibi", f, "سامر العتيبي", "العتيبي"));
    Quote clause = indirectStarting(q, "أكثر من نصف السفن");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Samer al-Otaibi", speakerName(clause), speakerText(clause));
  }

  @Test
  void aMarkedNameInsideTheSourcePhraseAndAnUnnamedGroup() {
    var f = fields("تحذير من تطبيقات مزيفة",
        "وبحسب خبراء شركة «نورس» للأمن الرقمي فإن التطبيقات المزيفة تسرق كلمات المرور.");
    List<Quote> q = run(f);
    Quote clause = indirectStarting(q, "التطبيقات المزيفة");
    assertNotNull(clause, texts(q).toString());
    assertTrue(speakerText(clause) == null || !speakerText(clause).contains("فإن"), speakerText(clause));
  }

  @Test
  void theClauseStopsBeforeAnotherSpeakersVerb() {
    var f = fields("سوق الذهب في المدينة",
        "ووفقا لمعلومات جمعها مراسلنا من التجار فإن الطلب على الذهب ارتفع هذا الشهر ويقول أحد الباعة إن الأسعار لن تنخفض قريبا.");
    List<Quote> q = run(f);
    Quote clause = indirectStarting(q, "الطلب على الذهب");
    assertNotNull(clause, texts(q).toString());
    assertTrue(!clause.getText().toString().contains("ويقول"), clause.getText().toString());
    assertNotNull(indirectStarting(q, "الأسعار لن تنخفض"), texts(q).toString());
  }
}
