package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 50b (invented sentences): an epithet right after a sentence whose speaker was 'he' or 'she' is that
 * person, not the one the story names most.
 */
class QuoteEnglishRound50bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  private static List<ArticleField> cupTie() {
    return fields("Hale relieved as Rovers edge through",
        "Rovers manager Tom Hale said his side had ridden their luck. \"We were second best for an hour,\" Hale said. "
            + "Striker Sean Doyle, captain for the night, echoed his manager. \"We have to be sharper next week,\" he said.",
        "He admitted the second half was not pretty to watch. \"It was all about getting through,\" the Irishman said.");
  }

  @Test
  void epithetAfterAPronounSentenceIsThatPerson() {
    var f = cupTie();
    Entity hale = person("p1", "Tom Hale", f, "Tom Hale", "Hale");
    Entity doyle = person("p2", "Sean Doyle", f, "Sean Doyle");
    List<Quote> qs = run(f, hale, doyle);
    assertEquals("Sean Doyle", speakerName(startingWith(qs, "the second half was not pretty")));
    assertEquals("Sean Doyle", speakerName(startingWith(qs, "It was all about getting through")));
  }

  @Test
  void epithetAfterANamedSentenceStaysWithTheMostNamed() {
    var f = fields("Hale relieved as Rovers edge through",
        "Rovers manager Tom Hale said his side had ridden their luck. \"We were second best for an hour,\" Hale said. "
            + "Striker Sean Doyle, captain for the night, echoed his manager. \"We have to be sharper next week,\" he said.",
        "Hale admitted the second half was not pretty to watch. \"It was all about getting through,\" the Englishman said.");
    Entity hale = person("p1", "Tom Hale", f, "Tom Hale", "Hale");
    Entity doyle = person("p2", "Sean Doyle", f, "Sean Doyle");
    assertEquals("Tom Hale", speakerName(startingWith(run(f, hale, doyle), "It was all about getting through")));
  }
}
