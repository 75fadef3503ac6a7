package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 59 (invented sentences): a business described by its kind with lower-case qualifiers ('the
 * country's biggest mortgage lender') goes on with the business that spoke; a record holder is the titled
 * person the sentence before opens with; ', and analysts forecast …' ends the clause before it; marked words
 * ending the clause keep the full stop inside their closing mark.
 */
class QuoteEnglishRound59Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void qualifiedKindOfBusinessIsTheBusinessThatSpoke() {
    var f = fields("Loans rise", "Norbank said last week that home loans rose by 2% in March.",
        "The country's biggest mortgage lender said rates would hold until the summer.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Norbank", f, "Norbank"));
    assertEquals("Norbank", speakerName(startingWith(qs, "rates would hold")));
  }

  @Test
  void rivalOrCapitalisedQualifierIsAnotherBusiness() {
    var f = fields("Loans rise", "Norbank said last week that home loans rose by 2% in March.",
        "The rival mortgage lender said rates would fall. The Kestrel mortgage lender said rates would rise.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Norbank", f, "Norbank"));
    assertNull(speakerName(startingWith(qs, "rates would fall")));
    assertNull(speakerName(startingWith(qs, "rates would rise")));
  }

  @Test
  void recordHolderIsTheTitledPersonOpeningTheSentenceBefore() {
    var f = fields("Velt criticises swimmers", "Former world champion Dana Velt has criticised the young swimmers.",
        "\"They need more hunger in the pool,\" the 100m record holder told Radio Four.");
    List<Quote> qs = run(f, person("p1", "Dana Velt", f, "Dana Velt"));
    assertEquals("Dana Velt", speakerName(startingWith(qs, "They need more hunger")));
  }

  @Test
  void recordHolderAfterASentenceNamingNoOneStaysUnnamed() {
    var f = fields("Swimmers train", "The young swimmers trained hard all winter in Leeds.",
        "\"They need more hunger in the pool,\" the 100m record holder told Radio Four.");
    List<Quote> qs = run(f);
    assertNull(speakerName(startingWith(qs, "They need more hunger")));
  }

  @Test
  void unnamedSourcesAfterAndEndTheClause() {
    var f = fields("Cars", "Recent data has suggested that the car market is cooling after the tax rise, and analysts "
        + "forecast a fall in sales next year.");
    List<Quote> qs = run(f);
    assertEquals("the car market is cooling after the tax rise", startingWith(qs, "the car market").getText().toString());
  }

  @Test
  void coordinatedFactStaysInTheClause() {
    var f = fields("Cars", "Norbank said that car loans rose in March, and its profits doubled.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Norbank", f, "Norbank"));
    assertEquals("car loans rose in March, and its profits doubled", startingWith(qs, "car loans").getText().toString());
  }

  @Test
  void markedWordsEndingTheClauseKeepTheirFullStop() {
    var f = fields("Merger", "Norbank said the new structure \"will help us grow faster this year.\"",
        "Norbank said the plan was \"too early,\" and would wait.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Norbank", f, "Norbank"));
    assertEquals("will help us grow faster this year.", ofKind(qs, QuoteKind.DIRECT).get(0).getText().toString());
    assertEquals("too early", ofKind(qs, QuoteKind.DIRECT).get(1).getText().toString());
  }
}
