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
 * Round 41b (invented sentences): a clause reported inside another English clause by a cue of its own
 * ('Ann Lee said he stressed that …', 'said the inspectors' report stated that …') is annotated beside the outer
 * clause, as the conventions annotate nested clauses.
 */
class QuoteEnglishRound41bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aClauseNestedInAReportedClauseStandsBesideIt() {
    var f = fields("Port", "Ann Lee said the harbour master stressed that the pier was safe for ferries.",
        "The council said the inspectors' report stated that repairs would take a year.");
    List<Quote> qs = run(f, person("p1", "Ann Lee", f, "Ann Lee"));
    Quote outer = startingWith(qs, "the harbour master stressed that");
    assertEquals(QuoteKind.INDIRECT, outer.getKind());
    assertEquals("Ann Lee", speakerName(outer), texts(qs).toString());
    Quote inner = startingWith(qs, "the pier was safe for ferries");
    assertEquals(QuoteKind.INDIRECT, inner.getKind());
    startingWith(qs, "the inspectors' report stated that");
    startingWith(qs, "repairs would take a year");
  }

  @Test
  void aLoneClauseIsStillOneQuote() {
    var f = fields("Port", "Ann Lee said the pier was safe for ferries.");
    List<Quote> qs = run(f, person("p1", "Ann Lee", f, "Ann Lee"));
    startingWith(qs, "the pier was safe for ferries");
    assertEquals(1, qs.size(), texts(qs).toString());
  }

  @Test
  void aShareOfRespondentsIsNoNamedSpeaker() {
    var f = fields("Poll", "Ann Lee, who ran the poll, said pensioners were worried.",
        "Some 62% of those asked say they would pay more for local food.",
        "Only 9 per cent of drivers said they felt safe at night.", "Ann Lee said 40 people had replied.");
    List<Quote> qs = run(f, person("p1", "Ann Lee", f, "Ann Lee"));
    assertEquals(null, speakerName(startingWith(qs, "they would pay more")), texts(qs).toString());
    assertEquals(null, speakerName(startingWith(qs, "they felt safe")), texts(qs).toString());
    assertEquals("Ann Lee", speakerName(startingWith(qs, "40 people had replied")), texts(qs).toString());
  }
}
