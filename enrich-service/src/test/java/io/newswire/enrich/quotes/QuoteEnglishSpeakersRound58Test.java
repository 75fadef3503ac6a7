package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 58 (invented sentences): a body's two roles joined by 'and' before the person they introduce;
 * 'founder of X' as a role; a document's topic ('a report on X') is not its speaker; a long title naming its
 * body before the person of a trailing 'said'; a trailing 'he said' after a quotation that opens its sentence is
 * the one person the sentence before names as its subject.
 */
class QuoteEnglishSpeakersRound58Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void twoRolesJoinedByAndIntroduceOnePerson() {
    var f = fields("Acme results", "Acme Corp issued new figures on Tuesday.",
        "\"We have a solid base to grow from,\" said Acme president and chief executive John Harland.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Acme", f, "Acme"),
        person("p1", "John Harland", f, "John Harland"));
    assertEquals("John Harland", speakerName(startingWith(qs, "We have a solid base")));
  }

  @Test
  void aBodyWithNoRoleBeforeTheNameStillSpeaks() {
    var f = fields("Acme results", "Acme Corp issued new figures on Tuesday.",
        "\"We have a solid base to grow from,\" said Acme on Tuesday, and John Harland agreed.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Acme", f, "Acme"),
        person("p1", "John Harland", f, "John Harland"));
    assertEquals("Acme", speakerName(startingWith(qs, "We have a solid base")));
  }

  @Test
  void theFounderOfABodySpeaksNotTheBody() {
    var f = fields("Prince urged to visit", "The prince wore the costume to a party.",
        "The prince should see \"the harm he caused\", Rabbi Ezra Klein, founder of charity group the Memory "
            + "Foundation said.");
    List<Quote> qs = run(f, person("p1", "Ezra Klein", f, "Ezra Klein"),
        entity("o1", EntityType.ORGANIZATION, "Memory Foundation", f, "Memory Foundation"));
    assertEquals("Ezra Klein", speakerName(startingWith(qs, "the harm he caused")));
  }

  @Test
  void aReportOnATopicSpeaksForItsAuthor() {
    var f = fields("Costs rise", "Spending on the contracts has grown again.",
        "A Harbour Audit Office report on the ten largest contracts says spending has risen by a fifth this year. "
            + "It says there is little sign of any savings.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Harbour Audit Office", f, "Harbour Audit Office"));
    assertEquals("Harbour Audit Office", speakerName(startingWith(qs, "spending has risen")));
    assertEquals("Harbour Audit Office", speakerName(startingWith(qs, "there is little sign")));
  }

  @Test
  void aReportWithNoAuthorNamesNoOneAndNotItsTopic() {
    var f = fields("Costs rise", "Spending on the contracts has grown again.",
        "A report on the ten largest contracts says spending has risen by a fifth this year.");
    List<Quote> qs = run(f);
    assertEquals("A report", Articles.speakerText(startingWith(qs, "spending has risen")));
    assertNull(speakerName(startingWith(qs, "spending has risen")));
  }

  @Test
  void aLongTitleBeforeThePersonOfATrailingSaid() {
    var f = fields("Wine talks fail", "The failure of the talks was better than a bad deal, "
        + "President of the Lisbon Wine Trade Association Pedro Alves said.");
    List<Quote> qs = run(f, person("p1", "Pedro Alves", f, "Pedro Alves"));
    assertEquals("Pedro Alves", speakerName(startingWith(qs, "The failure of the talks")));
  }

  @Test
  void aLongSubjectThatIsNoTitleOpensNoClause() {
    var f = fields("Wine talks fail", "The failure of the talks was better than a bad deal, "
        + "the quarrel between the Lisbon Wine Trade Association and growers Pedro Alves said.");
    List<Quote> qs = run(f, person("p1", "Pedro Alves", f, "Pedro Alves"));
    assertFalse(anyStartsWith(qs, "The failure of the talks"));
  }

  @Test
  void aTrailingPronounIsTheOnePersonTheSentenceBeforeNames() {
    var f = fields("Stars attack TV", "Comedy stars have attacked British television.",
        "\"It is a shame people cannot write a script,\" said actress Joan Hale. And last week sitcom star Peter "
            + "Vale criticised British TV for being too cheap. \"We have got to be careful,\" he said.");
    List<Quote> qs = run(f, person("p1", "Joan Hale", f, "Joan Hale"), person("p2", "Peter Vale", f, "Peter Vale"));
    assertEquals("Peter Vale", speakerName(startingWith(qs, "We have got to be careful")));
  }

  @Test
  void aTrailingPronounIsNotAPersonTheSentenceBeforeTalksAbout() {
    var f = fields("Stars attack TV", "Comedy stars have attacked British television.",
        "\"It is a shame people cannot write a script,\" said actor Tom Hale. He praised Peter Vale for his "
            + "last series. \"We have got to be careful,\" he said.",
        "\"The talks went well,\" said Tom Hale. A spokeswoman for the network confirmed Peter Vale would stay. "
            + "\"Nothing has changed,\" she said.");
    List<Quote> qs = run(f, person("p1", "Tom Hale", f, "Tom Hale"), person("p2", "Peter Vale", f, "Peter Vale"));
    assertEquals("Tom Hale", speakerName(startingWith(qs, "We have got to be careful")));
    assertNotEquals("Peter Vale", speakerName(startingWith(qs, "Nothing has changed")));
  }
}
