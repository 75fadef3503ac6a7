package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 45 (invented sentences): a cue word after an article is a noun phrase's word, not a verb of saying;
 * 'added' followed by a determiner and no verb of its own takes an object, not a clause.
 */
class QuoteEnglishRound45Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aCueAfterAnArticleReportsNothing() {
    var f = fields("Harbour shares", "Shares of Harbour Mills rose after a repeated recommendation by a local broker "
        + "that focused on its strong cash flow, dealers said.", "The reported sale of its mill was denied.");
    List<Quote> qs = run(f);
    assertFalse(anyStartsWith(qs, "focused on its strong"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "sale of its mill"), texts(qs).toString());
  }

  @Test
  void addedWithAnObjectReportsNothing() {
    var f = fields("Rovers win", "Tom Garvey, who came on late in the game, added the final goal to become the "
        + "club's top scorer this season.", "Ann Lowe added a second title to her indoor crown in March.");
    Entity garvey = person("p1", "Tom Garvey", f, "Tom Garvey");
    Entity lowe = person("p2", "Ann Lowe", f, "Ann Lowe");
    List<Quote> qs = run(f, garvey, lowe);
    assertFalse(anyStartsWith(qs, "the final goal"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "a second title"), texts(qs).toString());
  }

  @Test
  void addedWithAClauseStillReports() {
    var f = fields("Mill", "Ann Lowe said the mill would reopen in May.",
        "She added the new owners of the Harbour mill and its land were ready to invest.");
    Entity lowe = person("p1", "Ann Lowe", f, "Ann Lowe");
    assertEquals("Ann Lowe", speakerName(startingWith(run(f, lowe), "the new owners of the Harbour mill")));
  }

  @Test
  void toldAnEventThenABareClause() {
    var f = fields("Ports", "Tom Garvey, spokesman of the harbour board, told a news briefing the berths would "
        + "reopen in June.", "Ann Lowe told a weekend trade seminar the Harbour plan is aimed at exporters.",
        "Tom Garvey told a press conference in Leeds on Monday.");
    Entity garvey = person("p1", "Tom Garvey", f, "Tom Garvey");
    Entity lowe = person("p2", "Ann Lowe", f, "Ann Lowe");
    List<Quote> qs = run(f, garvey, lowe);
    assertEquals("Tom Garvey", speakerName(startingWith(qs, "the berths would reopen")));
    assertEquals("Ann Lowe", speakerName(startingWith(qs, "the Harbour plan is aimed")));
    assertFalse(anyStartsWith(qs, "in Leeds"), texts(qs).toString());
  }

  @Test
  void repliedTakesABareClause() {
    var f = fields("Quotas", "Ann Lowe, the union's deputy leader, replied the quota was in line with the rules.");
    Entity lowe = person("p1", "Ann Lowe", f, "Ann Lowe");
    assertEquals("Ann Lowe", speakerName(startingWith(run(f, lowe), "the quota was in line")));
  }

  @Test
  void anIndirectQuestionReportsNothing() {
    var f = fields("Notes", "A spokeswoman for Harbour Mills was unable to say whether trading in the notes had "
        + "been affected or who would pay investors.");
    List<Quote> qs = run(f);
    assertFalse(anyStartsWith(qs, "whether trading"), texts(qs).toString());
  }
}
