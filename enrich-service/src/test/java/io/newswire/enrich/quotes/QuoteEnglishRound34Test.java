package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 34 (invented sentences): an inverted cue set off by commas inside its sentence ('The hard
 * part, said Mr X, was …') reports the whole sentence, or the words before its first comma when the narrator
 * goes on ('…, said Mr X, but he …'); a subject and appositive that close the sentence stay a trailing cue.
 * A title before the person an appositive names ('the chairman of X, Sir Y, said') keeps the person as the
 * speaker. '…, X said, adding that …' reports the words before the comma, the participle its own clause.
 */
class QuoteEnglishRound34Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void invertedCueInsideTheSentenceReportsTheWholeSentence() {
    var f = fields("Learning by playing",
        "The hard part of learning a language, said Mr Okafor, was the grammar of its verbs.",
        "By contrast, says Ann Lee, head of research at Acme Labs, the new phone is almost disposable.");
    Entity okafor = person("p1", "Daniel Okafor", f, "Okafor");
    Entity lee = person("p2", "Ann Lee", f, "Ann Lee");
    List<Quote> quotes = run(f, okafor, lee);
    Quote hard = startingWith(quotes, "The hard part");
    assertEquals("The hard part of learning a language, said Mr Okafor, was the grammar of its verbs", cut(f, hard));
    assertEquals("Daniel Okafor", speakerName(hard));
    Quote contrast = startingWith(quotes, "By contrast");
    assertEquals("Ann Lee", speakerName(contrast));
    assertEquals(true, cut(f, contrast).endsWith("the new phone is almost disposable"));
  }

  @Test
  void narratorGoingOnAfterTheInvertedCueLeavesTheFirstPart() {
    var f = fields("Spam",
        "The amount of spam was still growing in the spring, said Mr Okafor, but he was not worried about it.");
    Entity okafor = person("p1", "Daniel Okafor", f, "Okafor");
    Quote q = startingWith(run(f, okafor), "The amount of spam");
    assertEquals("The amount of spam was still growing in the spring", cut(f, q));
    assertEquals("Daniel Okafor", speakerName(q));
  }

  @Test
  void firmNameWithACommaAfterTheAppositiveIsNoClause() {
    var f = fields("Bank results",
        "Profits rose sharply in the quarter, said Kurt Ames, analyst with Birr, Wilson and Co.");
    Entity ames = person("p1", "Kurt Ames", f, "Kurt Ames");
    Quote q = startingWith(run(f, ames), "Profits rose");
    assertEquals("Profits rose sharply in the quarter", cut(f, q));
    assertEquals("Kurt Ames", speakerName(q));
  }

  @Test
  void titleBeforeTheApposedNameKeepsThePerson() {
    var f = fields("Housing ruling",
        "But the chairman of Fair Homes UK, Sir Peter Lane, said the ruling was a step backwards.");
    Entity body = entity("o1", EntityType.ORGANIZATION, "Fair Homes UK", f, "Fair Homes UK");
    Entity lane = person("p1", "Peter Lane", f, "Peter Lane");
    Quote q = startingWith(run(f, body, lane), "the ruling was");
    assertEquals("Peter Lane", speakerName(q));
  }

  @Test
  void participleAfterTheVerbLeavesItTheWordsBeforeTheComma() {
    var f = fields("Car plant stoppage",
        "The stoppage will cost up to 3,000 cars, the carmaker Voltra said, adding that it could make up the"
            + " numbers later in the year.");
    Entity voltra = entity("o1", EntityType.ORGANIZATION, "Voltra", f, "Voltra");
    List<Quote> quotes = run(f, voltra);
    Quote before = startingWith(quotes, "The stoppage");
    assertEquals("The stoppage will cost up to 3,000 cars", cut(f, before));
    assertEquals("Voltra", speakerName(before));
    assertEquals("Voltra", speakerName(startingWith(quotes, "it could make up")));
  }
}
