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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 32 (invented sentences): a verb of telling names the one told, never the speaker
 * ('…, Ann Lee, a union official, told Reuters.' is Ann Lee's clause, ending before her name; '…, told a news
 * conference' is not inverted; 'the first minister has told MSPs' is the first minister's). A nationality
 * noun after 'the' ('The Brazilian admitted', 'said the Spaniard') is an epithet for a person named before,
 * not a name. A sentence after a quotation whose speech verb has a question-word object ('X explained what went
 * wrong') is new narrative, not the attribution of the quotation before it.
 */
class QuoteEnglishRound32Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void appositiveSubjectBeforeToldReutersIsTheSpeaker() {
    var f = fields("Dock strike goes on",
        "The strike has closed six ports, Peter Hale Morton, a senior official of the dockers' union, told Reuters.");
    Entity morton = person("p1", "Peter Hale Morton", f, "Peter Hale Morton");
    Entity reuters = entity("o1", EntityType.ORGANIZATION, "Reuters", f, "Reuters");
    Quote q = startingWith(run(f, morton, reuters), "The strike has closed");
    assertEquals("Peter Hale Morton", speakerName(q));
    assertEquals("The strike has closed six ports", cut(f, q));
  }

  @Test
  void theOneToldIsNeverTheInvertedSpeaker() {
    var f = fields("Dock strike goes on",
        "Talks to end the dockers' strike broke down on Monday, a union official told Reuters.",
        "\"We will stay out until the offer improves,\" Martha Quill, the union's secretary, told a news conference.");
    Entity quill = person("p1", "Martha Quill", f, "Martha Quill");
    Entity reuters = entity("o1", EntityType.ORGANIZATION, "Reuters", f, "Reuters");
    List<Quote> quotes = run(f, quill, reuters);
    assertEquals("a union official", speakerText(startingWith(quotes, "Talks to end")));
    assertNull(speakerName(startingWith(quotes, "Talks to end")));
    assertEquals("Martha Quill", speakerName(startingWith(quotes, "We will stay out")));
  }

  @Test
  void roleWhoHasToldABodyIsTheSpeaker() {
    var f = fields("Flood toll rises",
        "First Minister Alan Redfern spoke in Edinburgh on Tuesday.",
        "Four people from Fife died in the floods and two more are missing, the first minister has told MSPs.");
    Entity redfern = person("p1", "Alan Redfern", f, "Alan Redfern");
    Quote q = startingWith(run(f, redfern), "Four people from Fife");
    assertEquals("Alan Redfern", speakerName(q));
  }

  @Test
  void nationalityAfterTheIsAnEpithetForThePersonBefore() {
    var f = fields("Keeper hails win",
        "Chelsea's Carlo Rossi has praised the spirit of his team-mates after the win over Leeds. The Brazilian"
            + " admitted the side had struggled early on. \"We kept going and that is what matters,\" he told the"
            + " club website.");
    Entity rossi = person("p1", "Carlo Rossi", f, "Carlo Rossi");
    List<Quote> quotes = run(f, rossi);
    Quote clause = startingWith(quotes, "the side had struggled");
    assertEquals("The Brazilian", speakerText(clause));
    assertEquals("Carlo Rossi", speakerName(clause));
    assertEquals("Carlo Rossi", speakerName(startingWith(quotes, "We kept going")));
  }

  @Test
  void nationalityNounAfterSaidTheIsAnEpithet() {
    var f = fields("Veteran wins title",
        "Lucia Marquez won her first title in four years in Madrid on Sunday.",
        "\"It feels really good to win at home,\" said the Spaniard.");
    Entity marquez = person("p1", "Lucia Marquez", f, "Lucia Marquez");
    assertEquals("Lucia Marquez", speakerName(startingWith(run(f, marquez), "It feels really good")));
  }

  @Test
  void verbWithAQuestionWordObjectDoesNotAttributeBack() {
    var f = fields("Striker on target",
        "Winger Tom Ashby set up the goal. \"It was a great ball from Tom,\" said striker Dan Moyle.",
        "\"I just had to be in the right place at the right time.\" Captain Neil Ferris explained why the side had"
            + " changed its shape at half-time.");
    Entity ashby = person("p1", "Tom Ashby", f, "Tom Ashby");
    Entity moyle = person("p2", "Dan Moyle", f, "Dan Moyle");
    Entity ferris = person("p3", "Neil Ferris", f, "Neil Ferris");
    Quote q = startingWith(run(f, ashby, moyle, ferris), "I just had to be");
    assertEquals("Dan Moyle", speakerName(q));
  }

  @Test
  void barePluralAfterAConjunctionIsAnUnnamedGroup() {
    var f = fields("Dollar slide halts",
        "The dollar rose after Treasury Secretary John Snow said a strong currency was in the national interest.",
        "But analysts said any gains were likely to be short-lived.");
    Entity snow = person("p1", "John Snow", f, "John Snow");
    Quote q = startingWith(run(f, snow), "any gains were");
    assertEquals("analysts", speakerText(q));
    assertNull(speakerName(q));
  }

  @Test
  void aPronounAfterAGroupNamedByItsPluralNamesNoOne() {
    var f = fields("Coffee falls",
        "Coffee futures fell sharply on Monday as rain eased fears for the crop, traders said.",
        "Dealers have sold heavily since the harvest began, and prices could fall further next week, they said.");
    List<Quote> quotes = run(f);
    Quote group = startingWith(quotes, "Coffee futures fell");
    assertEquals("traders", speakerText(group));
    assertNull(speakerName(group));
    Quote pronoun = startingWith(quotes, "Dealers have sold");
    assertNull(speakerName(pronoun));
  }

  @Test
  void groupsAreLowerCasePluralsNotNames() {
    assertTrue(UnnamedSources.group("traders"));
    assertTrue(UnnamedSources.group("the major Dutch roasters"));
    assertTrue(UnnamedSources.group("Analysts"));
    assertFalse(UnnamedSources.group("Reuters"));
    assertFalse(UnnamedSources.group("news"));
    assertTrue(UnnamedSources.group("The Finance Ministry official"));
    assertFalse(UnnamedSources.group("The Rolling Stones"));
  }

  @Test
  void aPronounAfterAnUnnamedSpokesmanNamesNoOne() {
    var f = fields("Fed reserves",
        "Reserves ran high last week, a Federal Reserve spokesman said.",
        "He said the weather had been poor in the latest week.");
    Quote q = startingWith(run(f), "the weather had been poor");
    assertNull(speakerName(q));
  }
}
