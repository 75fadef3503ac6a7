package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 41 (invented sentences): a lone 'this' right before an auxiliary is the reported clause's subject
 * ('said this would …'); a lower-case office inside the name that opens an appositive sentence
 * ('Committee chairman Ann Lee, a Labour MP, said …') still makes the words after the verb its clause; a body's
 * 'also found that' and 'It found that' report a finding as 'X found that' does (round 39b); 'but' + a speech verb
 * ends the clause before it even without a comma ('… below forecasts but stressed that …').
 */
class QuoteEnglishRound41Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void thisBeforeAModalOpensTheClause() {
    var f = fields("Rail", "Ann Lee said the new line would open in May. She said this would cut journey times by half.",
        "He said this is the cheapest option.");
    List<Quote> qs = run(f, person("p1", "Ann Lee", f, "Ann Lee"));
    startingWith(qs, "this would cut journey times by half");
    startingWith(qs, "this is the cheapest option");
  }

  @Test
  void thisAsAnObjectOrATimeAdjunctOpensNoClause() {
    var f = fields("Rail", "The minister said this week the line would open in May.", "Asked about delays, he said this.");
    List<Quote> qs = run(f);
    startingWith(qs, "the line would open in May");
    assertFalse(anyStartsWith(qs, "this week"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "this"), texts(qs).toString());
  }

  @Test
  void officeInsideTheNameBeforeAnAppositive() {
    var f = fields("Banks", "Committee chairman Ann Lee, a Labour MP, said Barclays was being investigated by regulators.");
    List<Quote> qs = run(f, person("p1", "Ann Lee", f, "Ann Lee"));
    assertEquals("Ann Lee", speakerName(startingWith(qs, "Barclays was being investigated by regulators")),
        texts(qs).toString());
  }

  @Test
  void aBodyThatAlsoFoundThatOrItFoundThat() {
    var f = fields("Audit", "The Audit Commission also found that the council had overspent by a third.",
        "The figures were gathered by the Tourism Board. It found that visits had risen by a fifth.",
        "She found that the door was locked.");
    Entity commission = entity("o1", EntityType.ORGANIZATION, "Audit Commission", f, "Audit Commission");
    List<Quote> qs = run(f, commission);
    assertEquals("Audit Commission", speakerName(startingWith(qs, "the council had overspent")), texts(qs).toString());
    startingWith(qs, "visits had risen by a fifth");
    assertFalse(anyStartsWith(qs, "the door was locked"), texts(qs).toString());
  }

  @Test
  void butWithoutCommaBeforeASpeechVerbEndsTheClause() {
    var f = fields("Shops", "The retailer said sales were below forecasts but stressed that margins had improved.",
        "He said the tax was not a burden but a chance to invest.");
    List<Quote> qs = run(f);
    Quote first = startingWith(qs, "sales were below forecasts");
    assertFalse(first.getText().toString().contains("stressed"), texts(qs).toString());
    startingWith(qs, "margins had improved");
    assertTrue(startingWith(qs, "the tax was not a burden").getText().toString().contains("a chance to invest"),
        texts(qs).toString());
  }

  @Test
  void aClauseBeforeTheCommaIsNoName() {
    var f = fields("Banks", "Profits rose in London, the bank said.");
    List<Quote> qs = run(f);
    startingWith(qs, "Profits rose in London");
  }
}
