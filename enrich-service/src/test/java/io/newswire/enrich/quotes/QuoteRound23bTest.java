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
 * Issue 9, round 23b, on invented sentences: a Persian colon statement whose colon has an invisible
 * mark (ZWNJ) beside it.
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
}
