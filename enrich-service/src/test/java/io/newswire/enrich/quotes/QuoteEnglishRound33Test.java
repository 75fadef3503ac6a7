package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 33 (invented sentences): a verb right after a comma with an article after it has its
 * subject there ('…, predicts the report by X.', '…, said the society, with …'), so the clause is the one
 * before the comma; not after a subject's appositive ('Ann Lee, head of X, said the …'). An infinitive cue
 * ('declined to comment except to say', 'used a speech to say') has the sentence's subject, not the words
 * before 'to'; not after a verb whose object does the saying ('leading X to warn').
 */
class QuoteEnglishRound33Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void articleAfterACommaAndVerbOpensTheInvertedSubject() {
    var f = fields("Broadband gap",
        "Nearly a third of rural homes will still lack fast broadband in 2010, predicts the study by the watchdog"
            + " Ofcom.",
        "House prices in Wales rose by 2% in March, said the Halifax building society, with London lagging behind.");
    Entity ofcom = entity("o1", EntityType.ORGANIZATION, "Ofcom", f, "Ofcom");
    Entity halifax = entity("o2", EntityType.ORGANIZATION, "Halifax", f, "Halifax");
    List<Quote> quotes = run(f, ofcom, halifax);
    Quote study = startingWith(quotes, "Nearly a third");
    assertEquals("Nearly a third of rural homes will still lack fast broadband in 2010", cut(f, study));
    assertEquals("the study by the watchdog", speakerText(study).substring(0, 25));
    Quote prices = startingWith(quotes, "House prices");
    assertEquals("House prices in Wales rose by 2% in March", cut(f, prices));
    assertEquals("the Halifax building society", speakerText(prices));
  }

  @Test
  void appositiveBeforeTheVerbKeepsTheClauseAfterIt() {
    var f = fields("Bank plans office",
        "Moses Adeyemi, president of the Lagos-based lender, said the new branch, opened last week, will serve"
            + " traders.");
    Entity adeyemi = person("p1", "Moses Adeyemi", f, "Moses Adeyemi");
    Quote q = startingWith(run(f, adeyemi), "the new branch");
    assertEquals("Moses Adeyemi", speakerName(q));
  }

  @Test
  void infinitiveCueHasTheSentenceSubject() {
    var f = fields("Debt talks",
        "Finance Minister Elena Varga said the talks with the bank committee had begun in London on Monday.",
        "She declined to comment on the meetings with the committee except to say, \"they are going well.\"",
        "She said the government would pay on time.");
    Entity varga = person("p1", "Elena Varga", f, "Elena Varga");
    List<Quote> quotes = run(f, varga);
    assertEquals("Elena Varga", speakerName(startingWith(quotes, "they are going well")));
    assertEquals("Elena Varga", speakerName(startingWith(quotes, "the government would pay")));
  }

  @Test
  void objectOfALeadingVerbSpeaksTheInfinitive() {
    var f = fields("Games maker in trouble",
        "Delays hit the games maker Pixelworks, leading Pixelworks to warn that it was running out of cash.");
    Entity pixel = entity("o1", EntityType.ORGANIZATION, "Pixelworks", f, "Pixelworks");
    Quote q = startingWith(run(f, pixel), "it was running out");
    assertEquals("Pixelworks", speakerName(q));
    assertFalse(speakerText(q).startsWith("Delays"));
  }

  @Test
  void nounAfterToIsNoInfinitiveCue() {
    var f = fields("Singer held",
        "The singer Tom Reel was held after police were called to the hotel in response to claims that a guest"
            + " had been hurt.");
    Entity reel = person("p1", "Tom Reel", f, "Tom Reel");
    List<Quote> quotes = run(f, reel);
    for (Quote q : quotes) {
      if (q.getText().toString().startsWith("a guest")) {
        assertNull(speakerName(q));
      }
    }
  }
}
