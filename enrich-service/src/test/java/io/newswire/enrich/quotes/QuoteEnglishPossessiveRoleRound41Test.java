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
 * Round 41 (invented sentences): after an inverted cue, a person's possessive and a role or relation before another
 * person ("said Kidman's publicist Wendy Day") make the words the second person's, not the owner's.
 */
class QuoteEnglishPossessiveRoleRound41Test {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aRoleAfterAPossessiveAfterTheCueIsTheSpeaker() {
    var f = fields("Actress wins damages",
        "The actress Nicole Kidman has won damages from a tabloid paper.",
        "\"She is delighted with the outcome,\" said Kidman's publicist Wendy Day. \"It was a clear case,\" added Kidman's lawyer Tom Reed.");
    Entity kidman = person("P1", "Nicole Kidman", f, "Nicole Kidman", "Kidman");
    Entity day = person("P2", "Wendy Day", f, "Wendy Day");
    Entity reed = person("P3", "Tom Reed", f, "Tom Reed");
    assertEquals("Wendy Day", speakerName(startingWith(run(f, kidman, day, reed), "She is delighted")));
    assertEquals("Tom Reed", speakerName(startingWith(run(f, kidman, day, reed), "It was a clear")));
  }
}
