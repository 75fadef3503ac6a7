package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 23b, on invented sentences: a Persian colon statement whose colon has an invisible
 * mark (ZWNJ) beside it; an English 'the paper said' goes on with the medium named before, not with the
 * last body of any kind.
 */
class QuoteRound23bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void aZwnjBeforeTheColonStillOpensAPersianStatement() {
    var f = fields("نشست استانداران", "علی رضایی گفت\u200c: طرح جدید از ماه آینده در همه شهرستان‌ها اجرا می‌شود.");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    Quote s = startingWith(q, "طرح جدید");
    assertEquals(QuoteKind.INDIRECT, s.getKind(), texts(q).toString());
    assertEquals("Ali Rezaei", speakerName(s), texts(q).toString());
  }

  @Test
  void aZwnjAfterTheColonStillOpensAPersianStatement() {
    var f = fields("نشست استانداران", "علی رضایی تصریح کرد:\u200cبودجه این طرح تا پایان سال تامین خواهد شد.");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    Quote s = startingWith(q, "بودجه این طرح");
    assertEquals(QuoteKind.INDIRECT, s.getKind(), texts(q).toString());
    assertEquals("Ali Rezaei", speakerName(s), texts(q).toString());
  }

  @Test
  void thePaperIsTheNewspaperNamedBeforeNotTheLastBody() {
    var f = fields("Bank to cut forecast",
        "The World Bank will lower its growth forecast for Brazil, the Daily Telegraph reported on Monday.",
        "The World Bank also expects slower trade next year, the newspaper said.");
    List<Quote> q = run("en", f, entity("O1", EntityType.ORGANIZATION, "World Bank", f, "World Bank"),
        entity("O2", EntityType.ORGANIZATION, "The Daily Telegraph", f, "Daily Telegraph"));
    Quote s = startingWith(q, "The World Bank also expects");
    assertEquals("The Daily Telegraph", speakerName(s), texts(q).toString());
  }

  @Test
  void thePaperIsATitleTheEntityStepDidNotKnow() {
    var f = fields("Rail plan delayed",
        "The rail plan will be delayed by a year, a ministry official was quoted by the Lagos Herald as saying.",
        "The paper said the World Bank would not fund the second stage.");
    List<Quote> q = run("en", f, entity("O1", EntityType.ORGANIZATION, "World Bank", f, "World Bank"));
    Quote s = startingWith(q, "the World Bank would not");
    assertEquals("Lagos Herald", speakerName(s), texts(q).toString());
  }

  @Test
  void aKindNounBesideTheNameMakesItAMedium() {
    var f = fields("Coach under fire",
        "The Spanish daily Marca criticised the coach after the defeat by Italy.",
        "The coach must change his tactics before the next match, the paper said.");
    List<Quote> q = run("en", f, entity("O1", EntityType.ORGANIZATION, "Marca", f, "Marca"),
        entity("O2", EntityType.ORGANIZATION, "Italy national football team", f, "Italy"));
    Quote s = startingWith(q, "The coach must change");
    assertEquals("Marca", speakerName(s), texts(q).toString());
  }
}
