package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 55 (invented sentences): a passive of saying with the impersonal 'it' reports no one's clause;
 * a bracketed acronym does not lengthen a trailing subject; 'our correspondent' is the correspondent named before;
 * a headline's 'says PM' is the person the lead quotes.
 */
class QuoteEnglishRound55Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void anImpersonalPassiveReportsNoClause() {
    var f = fields("Tour dates", "The singer Anna Bell will tour Spain in May, it has been announced.",
        "It is estimated that ten thousand fans will attend each concert.",
        "The band split up after it was confirmed the drummer would leave.");
    List<Quote> qs = run(f, person("p1", "Anna Bell", f, "Anna Bell"));
    for (String wrong : List.of("The singer Anna Bell", "ten thousand fans", "the drummer would leave")) {
      assertNull(indirectStarting(qs, wrong), () -> texts(qs).toString());
    }
  }

  @Test
  void anAgentAfterThePassiveStillSpeaks() {
    var f = fields("Tour dates", "The singer Anna Bell will tour Spain in May, it was confirmed by Harbour Records.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Harbour Records", f, "Harbour Records"));
    assertNotNull(indirectStarting(qs, "The singer Anna Bell will tour Spain"), () -> texts(qs).toString());
  }

  @Test
  void aBodyToldInThePassiveStillReportsWhatItWasTold() {
    var f = fields("Stake sale", "Harbour Savings said it was told that a family trust plans to sell its stake in the bank.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Harbour Savings", f, "Harbour Savings"));
    assertNotNull(indirectStarting(qs, "a family trust plans to sell"), () -> texts(qs).toString());
  }

  @Test
  void aBracketedAcronymDoesNotLengthenTheTrailingSubject() {
    var f = fields("Ticket sales", "Cinema ticket sales rose by a fifth in 2004, the Federation of the Regional Cinema"
        + " Trade (FRCT) has said.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Federation of the Regional Cinema Trade", f,
        "Federation of the Regional Cinema Trade"));
    Quote q = indirectStarting(qs, "Cinema ticket sales rose");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("Federation of the Regional Cinema Trade", speakerName(q));
  }

  @Test
  void ourCorrespondentIsTheCorrespondentNamedBefore() {
    var f = fields("Rail delays", "Rail delays grew again last year, said BBC transport correspondent Tom Reed.",
        "The new timetable would take months to settle in, our correspondent added.");
    List<Quote> qs = run(f, person("p1", "Tom Reed", f, "Tom Reed"));
    Quote q = indirectStarting(qs, "The new timetable would take months");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("Tom Reed", speakerName(q));
  }

  @Test
  void aHeadlineTitleIsThePersonTheLeadQuotes() {
    var f = fields("Rail fares 'will fall', says PM", "Prime Minister Ann Lee has promised that rail fares will fall next year.");
    List<Quote> qs = run(f, person("p1", "Ann Lee", f, "Ann Lee"));
    Quote q = indirectStarting(qs, "Rail fares 'will fall");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("Ann Lee", speakerName(q));
  }
}
