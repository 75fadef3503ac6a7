package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 22b: a clause reported inside a sentence ('X reported that …') ends before the sentence's
 * trailing cue (', a court spokeswoman said.'), and the trailing cue's clause (the whole sentence up to
 * that comma) stands beside it with its own speaker; a comma inside quotation marks, a subject holding a
 * pronoun or an auxiliary, a capitalised 'States' and ', saying …' are no such cue (invented sentences).
 */
class QuoteEnglishRound22bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aNestedClauseEndsBeforeATrailingCueWithAnUnnamedSource() {
    var f = fields("Ferry inquiry",
        "Judge Ann Berry reported that her stake in the ferry fund was worth about 50 dollars and the board "
            + "closed the fund after the operator asked her to step aside, a court spokeswoman said.");
    List<Quote> quotes = run(f, person("P1", "Ann Berry", f, "Ann Berry"));
    Quote inner = startingWith(quotes, "her stake in the ferry fund");
    assertTrue(inner.getText().toString().endsWith("to step aside"), inner.getText().toString());
    assertEquals("Ann Berry", speakerName(inner));
    Quote outer = startingWith(quotes, "Judge Ann Berry reported that");
    assertEquals(QuoteKind.INDIRECT, outer.getKind());
    assertEquals("a court spokeswoman", speakerText(outer));
    assertNotEquals("Ann Berry", speakerName(outer)); // the clause inside her words does not name her
  }

  @Test
  void aNestedClauseEndsBeforeATrailingCueWithANamedSource() {
    var f = fields("Ferry fares",
        "Councillor Omar Haddad said the ferry fares would rise again in the spring, Ruth Okafor said.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"),
        person("P2", "Ruth Okafor", f, "Ruth Okafor"));
    Quote inner = startingWith(quotes, "the ferry fares would rise");
    assertEquals("the ferry fares would rise again in the spring", inner.getText().toString());
    assertEquals("Omar Haddad", speakerName(inner));
    assertEquals("Ruth Okafor", speakerName(startingWith(quotes, "Councillor Omar Haddad said")));
  }

  @Test
  void wordsAfterACommaThatCannotBeASubjectDoNotEndTheClause() {
    var f = fields("Ferry operator",
        "The operator said bookings were up, letting it lift the fares it charged.",
        "The operator said it would sell ten boats to four buyers, two based in the United States.");
    List<Quote> quotes = run(f);
    assertTrue(startingWith(quotes, "bookings were up").getText().toString().endsWith("the fares it charged"));
    assertTrue(startingWith(quotes, "it would sell ten boats").getText().toString().endsWith("the United States"));
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("The operator said")), texts(quotes).toString());
  }

  @Test
  void aCommaInsideQuotationMarksOrBeforeSayingIsNoTrailingCue() {
    var f = fields("Ferry bill",
        "The minister said the details would follow once a bill is published \"within the next month,\" an aide said.",
        "Ruth Okafor noted her years on the ferry board, saying \"we came through hard winters together.\"");
    List<Quote> quotes = run(f, person("P1", "Ruth Okafor", f, "Ruth Okafor"));
    assertFalse(quotes.stream().anyMatch(q -> q.getKind() == QuoteKind.INDIRECT
        && q.getText().toString().endsWith("within the next month")), texts(quotes).toString());
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("Ruth Okafor noted")), texts(quotes).toString());
  }

  @Test
  void anOpeningPrepositionalPhraseIsNoSubject() {
    var f = fields("Ferry strike",
        "Like Ruth Okafor, Omar Haddad backed the strike, saying \"the crews have waited long enough.\"",
        "Amid the row over night crossings, Omar Haddad spoke to the crews, arguing that the timetable was \"a dead end.\"");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"),
        person("P2", "Ruth Okafor", f, "Ruth Okafor"));
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "the crews have waited")));
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "the timetable was")));
  }
}
