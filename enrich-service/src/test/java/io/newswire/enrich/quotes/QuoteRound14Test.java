package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, fourteenth round: English reported clauses and where they end, on invented sentences. */
class QuoteRound14Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void clauseEndsBeforeACoordinatedSpeechVerbWhichOpensItsOwn() {
    var f = fields("Port talks",
        "Harbour chief Anna Berg said the talks with the dockers had stalled and added that a strike could start on Monday.");
    Entity berg = person("P1", "Anna Berg", f, "Anna Berg");
    List<Quote> ind = ofKind(run(f, berg), QuoteKind.INDIRECT);
    assertEquals("the talks with the dockers had stalled", startingWith(ind, "the talks").getText().toString());
    Quote second = startingWith(ind, "a strike could");
    assertEquals("a strike could start on Monday", second.getText().toString());
    assertEquals("Anna Berg", speakerName(second));
  }

  @Test
  void coordinatedToldWithAnAddresseeEndsTheClauseToo() {
    var f = fields("Budget",
        "Finance Minister Paul Reed said the deficit would narrow next year, and later told reporters he expected no new taxes.");
    Entity reed = person("P1", "Paul Reed", f, "Paul Reed");
    List<Quote> ind = ofKind(run(f, reed), QuoteKind.INDIRECT);
    assertEquals("the deficit would narrow next year", startingWith(ind, "the deficit").getText().toString());
    assertEquals("Paul Reed", speakerName(startingWith(ind, "he expected no new")));
  }

  @Test
  void aSpeechVerbUsedForSomethingElseAfterAndDoesNotCutTheClause() {
    // 'added 300 jobs' reports nothing: the clause runs on to the end of the sentence
    var f = fields("Factory",
        "The company said the plant had doubled its output and added 300 jobs since the spring.");
    List<Quote> ind = ofKind(run(f), QuoteKind.INDIRECT);
    assertEquals("the plant had doubled its output and added 300 jobs since the spring",
        startingWith(ind, "the plant").getText().toString());
  }

  @Test
  void aRelativeThatAfterTheVerbsObjectOpensNoClause() {
    var f = fields("Rescue",
        "The governor stressed her support of the rescue team that found the missing climbers on Sunday.");
    List<Quote> q = run(f);
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().startsWith("found the missing")), texts(q).toString());
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().startsWith("her support")), texts(q).toString());
  }

  @Test
  void aPossessiveSubjectWithItsVerbStillOpensABareClause() {
    var f = fields("Election", "The mayor said her party had won a clear majority in the city council.");
    List<Quote> ind = ofKind(run(f), QuoteKind.INDIRECT);
    assertFalse(ind.isEmpty());
    assertEquals("her party had won a clear majority in the city council", ind.get(0).getText().toString());
  }

  @Test
  void aQuotationAfterAColonStandsAloneOutsideTheReportedClause() {
    var f = fields("Coach",
        "Coach Mark Dunn said his side had one aim for the final: \"We want to win the cup for the fans who travelled.\"");
    Entity dunn = person("P1", "Mark Dunn", f, "Mark Dunn");
    List<Quote> q = run(f, dunn);
    Quote ind = startingWith(ofKind(q, QuoteKind.INDIRECT), "his side");
    assertEquals("his side had one aim for the final", ind.getText().toString());
  }
}
