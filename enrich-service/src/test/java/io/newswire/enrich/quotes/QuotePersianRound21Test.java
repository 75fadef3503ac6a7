package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-first round: the clause-start convention settled this round, on invented sentences. A
 * Persian clause starts after که and a colon statement after its colon, as an Arabic one after its
 * complementizer (see {@link QuoteArabicRound21Test}).
 */
class QuotePersianRound21Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aClauseStartsAfterKe() {
    var f = fields("نشست شورا",
        "رضا کریمی رئیس شورای شهر تاکید کرد که طرح توسعه پارک‌ها تا پایان سال اجرا می‌شود.");
    List<Quote> q = run(f, person("P1", "Reza Karimi", f, "رضا کریمی"));
    Quote clause = startingWith(q, "طرح توسعه");
    assertEquals(QuoteKind.INDIRECT, clause.getKind());
    assertEquals("Reza Karimi", speakerName(clause), texts(q).toString());
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().startsWith("که")), texts(q).toString());
  }

  @Test
  void aColonStatementStartsAfterItsColon() {
    var f = fields("نشست شورا",
        "رضا کریمی رئیس شورای شهر گفت: بودجه عمرانی شهر امسال افزایش یافته است.");
    List<Quote> q = run(f, person("P1", "Reza Karimi", f, "رضا کریمی"));
    Quote statement = startingWith(q, "بودجه عمرانی");
    assertEquals(QuoteKind.INDIRECT, statement.getKind());
    assertEquals("Reza Karimi", speakerName(statement), texts(q).toString());
  }
}
