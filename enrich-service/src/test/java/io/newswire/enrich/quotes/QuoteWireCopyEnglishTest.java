package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failure modes seen on English wire copy, on invented sentences: titles, scare quotes, pronouns. */
class QuoteWireCopyEnglishTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void titleBeforeTheNameLinksThePerson() {
    var f = fields("Headline", "“Funding for rural libraries will double next year,” said Heritage minister Laura Finch of the plan.");
    List<Quote> q = run(f, person("P1", "Laura Finch", f, "Laura Finch"));
    assertEquals(1, q.size());
    assertEquals("P1", String.valueOf(q.get(0).getSpeaker().getEntityId()));
    assertEquals("Heritage minister Laura Finch", speakerText(q.get(0)));
  }

  @Test
  void titleBeforeTheNameWithoutEntityKeepsTheWholePhrase() {
    var f = fields("Headline", "“Funding for rural libraries will double next year,” said Heritage minister Laura Finch.");
    assertEquals("Heritage minister Laura Finch", speakerText(run(f).get(0)));
  }

  @Test
  void quotedHeadlinePhraseWithoutColonIsAScareQuote() {
    var f = fields("Small bakers 'squeezed by flour prices'",
        "Independent bakeries are closing at a record rate, a trade survey has found.");
    assertTrue(ofKind(run(f), QuoteKind.DIRECT).isEmpty());
    assertTrue(run(f).stream().noneMatch(x -> x.getField().toString().equals("headline")));
  }

  @Test
  void unresolvablePronounIsNoSpeaker() {
    var f = fields("Headline",
        "“Every application will be reviewed again before the summer,” it said.",
        "“The queue is far longer than anyone planned for,” they added.");
    List<Quote> q = run(f);
    assertEquals(2, q.size());
    q.forEach(x -> assertNull(x.getSpeaker(), x.getText().toString()));
  }

  @Test
  void heAndSheTakeTheLastNamedSpeakerButTheyDoesNot() {
    var f = fields("Headline",
        "“The bridge will reopen in May,” Ana Lopes said.",
        "“Traffic will be diverted until then,” she added.",
        "“We were never consulted about the closure at all,” they said.");
    List<Quote> q = run(f, person("P1", "Ana Lopes", f, "Ana Lopes"));
    assertEquals("Ana Lopes", speakerName(q.get(1)));
    assertNull(q.get(2).getSpeaker());
  }

  @Test
  void verbWithAnObjectInTheNextSentenceDoesNotAttributeBack() {
    var f = fields("Headline",
        "“We expect costs to fall,” Ana Lopes said. “Our suppliers have already cut their prices.” The firm also announced a new finance chief.",
        "“Demand is strong,” he said. “Nobody could have predicted it.” Describing the market as “hot”, the analyst said prices would rise.");
    List<Quote> q = run(f, person("P1", "Ana Lopes", f, "Ana Lopes"));
    List<Quote> direct = ofKind(q, QuoteKind.DIRECT);
    assertEquals("Ana Lopes", speakerName(direct.get(1)));
    assertEquals("Ana Lopes", speakerName(direct.get(3)));
  }

  @Test
  void labelLineBeforeAColonNamesNoSpeaker() {
    var f = fields("Headline", "Partial transcript as follows:", "“We will publish the figures on Friday and not a day later.”");
    List<Quote> q = run(f);
    assertTrue(q.stream().allMatch(x -> x.getSpeaker() == null || !speakerText(x).equals("Partial")));
  }
}
