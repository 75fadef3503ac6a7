package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 54b (invented sentences): 'asked X to …' is a request, its content the addressee and what
 * follows, the asker its speaker; a question, a refusal to be named, a passive and a message's asking are not.
 */
class QuoteEnglishRound54bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void askedSomeoneToIsARequest() {
    var f = fields("Port fees", "Mayor Ann Lee has asked the harbour board to freeze its fees for another year.");
    List<Quote> qs = run(f, person("p1", "Ann Lee", f, "Ann Lee"));
    Quote q = indirectStarting(qs, "the harbour board to freeze");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("the harbour board to freeze its fees for another year", q.getText().toString());
    assertEquals("Ann Lee", speakerName(q));
  }

  @Test
  void anOrganisationAsksToo() {
    var f = fields("Chip output", "The Trade Ministry earlier asked makers to cut output by ten percent.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Trade Ministry", f, "Trade Ministry"));
    Quote q = indirectStarting(qs, "makers to cut output");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("Trade Ministry", speakerName(q));
  }

  @Test
  void questionsRefusalsAndPassivesAreNoRequests() {
    var f = fields("Talks", "Tom Hale asked him whether the talks would resume.",
        "One official, who asked not to be named, spoke of delays.",
        "The workers were asked by the firm to accept lower pay.",
        "The message asks readers to click on a link.");
    List<Quote> qs = run(f, person("p1", "Tom Hale", f, "Tom Hale"));
    for (String wrong : List.of("him whether", "not to be named", "by the firm", "the firm to accept", "readers to click")) {
      assertFalse(qs.stream().anyMatch(q -> q.getText().toString().startsWith(wrong)), () -> texts(qs).toString());
    }
  }
}
