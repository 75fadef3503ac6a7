package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 50 (invented sentences): a reported clause ends before 'but' when what follows is the speaker
 * declining to say more ('…, but did not say when', '… but he declined to comment'); a 'but' clause that may
 * still be what was said ('… but did not believe …') stays inside. A negated verb of saying reports nothing. A
 * participle right after a comma with its object ('…, explaining the rebels' role.') makes no statement of the
 * clause before it. A report that shows or finds ('The report also showed that …', 'The report, based on …,
 * found that …') reports a finding as statistics do.
 */
class QuoteEnglishRound50Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  private void clauseIs(String paragraph, String start, String expected) {
    var f = fields("Mill closure", paragraph);
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    Quote q = indirectStarting(run(f, lee), start);
    assertNotNull(q, paragraph);
    assertEquals(expected, cut(f, q));
  }

  @Test
  void aClauseEndsBeforeTheSpeakerDecliningToSayMore() {
    clauseIs("Ann Lee said the mill would close in the spring, but did not say how many jobs would go.",
        "the mill", "the mill would close in the spring");
    clauseIs("Ann Lee said the mill would close in the spring but declined to give a date.",
        "the mill", "the mill would close in the spring");
    clauseIs("Ann Lee said the firm had sold its paper unit, but she gave no further details.",
        "the firm", "the firm had sold its paper unit");
    clauseIs("Ann Lee said the board had met twice but wouldn't disclose what it decided.",
        "the board", "the board had met twice");
  }

  @Test
  void aButClauseThatMayBeWhatWasSaidStays() {
    clauseIs("Ann Lee said the figures were good but did not believe the mill was safe.",
        "the figures", "the figures were good but did not believe the mill was safe");
    clauseIs("Ann Lee said the union would talk to the owners but declined any pay cut in advance.",
        "the union", "the union would talk to the owners but declined any pay cut in advance");
  }

  @Test
  void aNegatedVerbOfSayingReportsNothing() {
    var f = fields("Budget", "Ann Lee did not say in her speech to the council whether the forecast had been revised.",
        "The board has not said the plan would be dropped.");
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    List<Quote> qs = run(f, lee);
    assertTrue(qs.isEmpty(), () -> qs.toString());
  }

  @Test
  void aParticipleWithItsObjectAfterACommaReportsNothing() {
    var f = fields("Talks in London", "The minister spoke on Tuesday.",
        "Army officers gave a long briefing to foreign envoys on Monday, explaining the rebels' alleged role.",
        "Road comedy Highway has had more praise heaped on it by two critics' circles, adding to honours it won.");
    List<Quote> qs = run(f);
    assertTrue(qs.isEmpty(), () -> qs.toString());
  }

  @Test
  void aReportThatShowsOrFindsReportsAFinding() {
    var f = fields("Index falls",
        "The index fell in March, the Purchasing Group said in a report.",
        "The report, based on questions asked of managers at 250 U.S. industrial firms, also found that the growth"
            + " rate slowed in February.",
        "But the report also showed that output remained strong in the west.");
    Entity group = entity("o1", EntityType.ORGANIZATION, "Purchasing Group", f, "Purchasing Group");
    List<Quote> qs = run(f, group);
    Quote found = indirectStarting(qs, "the growth");
    assertNotNull(found, () -> qs.toString());
    assertEquals("the growth rate slowed in February", cut(f, found));
    assertEquals("Purchasing Group", speakerName(found));
    Quote showed = indirectStarting(qs, "output remained");
    assertNotNull(showed, () -> qs.toString());
    assertEquals("Purchasing Group", speakerName(showed));
  }
}
