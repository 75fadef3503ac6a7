package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 52b (invented sentences): a verb of saying inside a relative clause set off by commas or dashes
 * reports only the relative's words; the clause ends before the comma or dash where the main verb takes over.
 */
class QuoteEnglishRound52bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private Quote clause(String start, List<ArticleField> f, Entity... entities) {
    List<Quote> qs = extractor.extract(f, "en", List.of(entities));
    Quote q = indirectStarting(qs, start);
    assertNotNull(q, () -> texts(qs).toString());
    return q;
  }

  @Test
  void aRelativeBetweenCommasEndsBeforeTheMainVerb() {
    var f = fields("Rail fares",
        "Mr Hale, who said the rise was \"far above inflation\", will meet the rail minister on Monday.",
        "The drivers, who say they have not been paid since May, today held talks with the rail operator.",
        "Mrs Dunn, who has said the line will close by June, had closed two stations in March.");
    Entity hale = person("p1", "Tom Hale", f, "Mr Hale");
    Entity dunn = person("p2", "Mary Dunn", f, "Mrs Dunn");
    assertEquals("the rise was \"far above inflation", clause("the rise", f, hale, dunn).getText().toString());
    assertEquals("they have not been paid since May", clause("they have", f, hale, dunn).getText().toString());
    assertEquals("the line will close by June", clause("the line", f, hale, dunn).getText().toString());
  }

  @Test
  void aRelativeBetweenDashesEndsBeforeTheSecondDash() {
    var f = fields("Swim ban",
        "The federation - which said it was \"deeply shocked\" by the ruling of the panel - is weighing an appeal.");
    Entity fed = entity("o1", EntityType.ORGANIZATION, "The federation", f, "The federation");
    assertEquals("it was \"deeply shocked\" by the ruling of the panel", clause("it was", f, fed).getText().toString());
  }

  @Test
  void aSecondPlainSayingVerbReportsItsOwnClause() {
    var f = fields("Stake", "Norberg Holdings, which said it had spent 4 mln dlrs on the shares, said it may buy more.");
    Entity norberg = entity("o1", EntityType.ORGANIZATION, "Norberg Holdings", f, "Norberg Holdings");
    assertEquals("it had spent 4 mln dlrs on the shares", clause("it had", f, norberg).getText().toString());
    assertEquals("Norberg Holdings", speakerName(clause("it may", f, norberg)));
  }

  @Test
  void aSentenceReportedWholeKeepsItsInnerClause() {
    var f = fields("Strike",
        "The dockers, who say they have halted exports, today held talks with the minister, union officials said.");
    assertEquals("they have halted exports, today held talks with the minister",
        clause("they have", f).getText().toString());
  }

  @Test
  void aCommaInsideTheRelativeClauseKeepsItOpen() {
    var f = fields("Trade",
        "It echoed the trade minister, who said if the bill passed, the union would impose taxes on imports.");
    Entity minister = person("p1", "trade minister", f, "the trade minister");
    assertEquals("if the bill passed, the union would impose taxes on imports",
        clause("if the bill", f, minister).getText().toString());
  }
}
