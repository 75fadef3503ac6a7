package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 43 (invented sentences): a capitalised subject opens the clause after 'said' and a time adjunct; a
 * title-case quotation right after a possessive names a show or a product, it is no one's words; 'a spokesman
 * for the body X' is the unnamed spokesman, not the body.
 */
class QuoteEnglishRound43Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void capitalisedSubjectAfterSaidAndATimeAdjunct() {
    var f = fields("Fishing row", "Norwegian minister Per Sandberg said earlier today Icelandic boats in the "
        + "northern fjords broke the 1998 fishing accord.");
    Entity minister = person("p1", "Per Sandberg", f, "Per Sandberg");
    Quote q = startingWith(run(f, minister), "Icelandic boats in the northern fjords");
    assertTrue(q.getText().toString().endsWith("fishing accord"), q.getText().toString());
    assertEquals("Per Sandberg", speakerName(q));
  }

  @Test
  void noClauseAcrossTheSentenceEnd() {
    var g = fields("Vote", "The council said on Monday. Voters went to the polls in May.");
    assertTrue(run(g).isEmpty(), texts(run(g)).toString());
  }

  @Test
  void titleAfterAPossessiveIsNoQuotation() {
    var f = fields("Interview", "\"We will win this state,\" the senator said on NBC's \"Meet the Press.\"",
        "\"Nobody believes that,\" her rival said on Fox's \"Sunday Morning Futures\" a week later.");
    List<Quote> direct = ofKind(run(f), QuoteKind.DIRECT);
    assertFalse(anyStartsWith(direct, "Meet the Press"), texts(direct).toString());
    assertFalse(anyStartsWith(direct, "Sunday Morning Futures"), texts(direct).toString());
    assertTrue(anyStartsWith(direct, "We will win this state"), texts(direct).toString());
    assertTrue(anyStartsWith(direct, "Nobody believes that"), texts(direct).toString());
  }

  @Test
  void wordsInLowerCaseAfterAPossessiveStayQuoted() {
    var f = fields("Budget", "The senator said on Sunday's \"Meet the Press\" that the bill was \"a very bad deal for "
        + "farmers\" and would fail.");
    List<Quote> direct = ofKind(run(f), QuoteKind.DIRECT);
    assertTrue(anyStartsWith(direct, "a very bad deal for farmers"), texts(direct).toString());
  }

  @Test
  void unnamedSpokesmanForABodyIsNotTheBody() {
    var f = fields("Fares", "A spokeswoman for the Scottish Rail Board said fares would rise in April.",
        "The Scottish Rail Board said later that the rise would be small.");
    Entity board = entity("o1", EntityType.ORGANIZATION, "Scottish Rail Board", f, "Scottish Rail Board");
    List<Quote> qs = run(f, board);
    Quote spokeswoman = startingWith(qs, "fares would rise");
    assertNull(speakerName(spokeswoman), "the unnamed spokeswoman, not the board");
    assertEquals("A spokeswoman for the Scottish Rail Board", Articles.speakerText(spokeswoman));
    assertEquals("Scottish Rail Board", speakerName(startingWith(qs, "the rise would be small")));
  }
}
