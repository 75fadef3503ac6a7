package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 42b (invented sentences): the finite 'accepts/accepted that' and the refusal frame 'refused to accept that'
 * report a clause; the modal and passive 'accept that', the pronoun 'that' and the frame with an object report none.
 */
class QuoteEnglishRound42bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields) {
    return extractor.extract(fields, "en", List.of());
  }

  @Test
  void refusalFrameOpensTheRefusersClause() {
    var f = fields("Fair", "The book fair closed on Sunday. However, Mr Hallberg refused to accept that online sales had hurt "
        + "the smaller publishers.");
    Quote q = startingWith(run(f), "online sales had hurt the smaller publishers");
    assertEquals("Mr Hallberg", q.getSpeaker().getText().toString());
  }

  @Test
  void finiteAcceptsThatOpensAClause() {
    var f = fields("Plant", "The chemical plant was shut in 2001. Norvane Chemicals now accepts that the leak harmed "
        + "nearby farms.");
    Quote q = startingWith(run(f), "the leak harmed nearby farms");
    assertEquals("Norvane Chemicals", q.getSpeaker().getText().toString());
  }

  @Test
  void modalPassivePronounAndObjectReportNothing() {
    var f = fields("Wages", "Shop owners will have to accept that wages are rising, the report found.",
        "It is widely accepted that the market has peaked.",
        "The union refused to accept the offer that the board made on Friday.");
    List<Quote> qs = run(f);
    assertFalse(anyStartsWith(qs, "wages are rising"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "the market has peaked"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "the board made on Friday"), texts(qs).toString());
  }
}
