package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 41, on invented sentences: a source phrase naming an indefinite document and then its author
 * after the preposition ل (بحسب تقرير لـ«رويترز»، وفقا لتقرير لوكالة X) is the author's, not the document's.
 */
class QuoteArabicRound41Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void reportByANameInMarksAfterTheClauseIsTheNamesClause() {
    var f = fields("أسعار النفط ترتفع",
        "وارتفعت أسعار النفط في الأسواق الآسيوية صباح اليوم، حسب تقرير لـ«بلومبرغ».");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Bloomberg", f, "بلومبرغ"));
    Quote x = indirectStarting(q, "وارتفعت أسعار النفط");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Bloomberg", speakerName(x), String.valueOf(Articles.speakerText(x)));
  }

  @Test
  void reportByANamedAgencyOpeningItsSentenceIsTheAgencys() {
    var f = fields("الأمطار تغمر المدينة",
        "ووفقا لتقرير لوكالة الأنباء الفرنسية، فإن الأمطار أغلقت معظم الطرق المؤدية إلى المدينة.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Agence France-Presse", f, "وكالة الأنباء الفرنسية"));
    Quote x = indirectStarting(q, "الأمطار أغلقت");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Agence France-Presse", speakerName(x), String.valueOf(Articles.speakerText(x)));
  }
}
