package io.newswire.enrich.quotes;

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
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 22: a bare clause after a verb of denying ('denied he had …', 'denies their plan was …')
 * while its noun objects stay objects ('denied the charges', 'was denied a place'); a reported clause ends
 * before ', saying …', ', adding that …' and ', but argues that …', which report statements of their own;
 * a subject closed by a bracketed acronym or party tag ('The X Association (XA) said …') still stands right
 * before its verb (invented sentences).
 */
class QuoteEnglishRound22Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aPronounOpensAClauseAfterDenied() {
    var f = fields("Ferry contract",
        "Councillor Omar Haddad denied he had met the bidders before the tender closed.");
    Entity haddad = person("P1", "Omar Haddad", f, "Omar Haddad");
    Quote q = startingWith(run(f, haddad), "he had met the bidders");
    assertEquals(QuoteKind.INDIRECT, q.getKind());
    assertEquals("Omar Haddad", speakerName(q));
  }

  @Test
  void aNounPhraseBeforeAnAuxiliaryOpensAClauseAfterDenies() {
    var f = fields("Ferry contract",
        "Ruth Okafor denies the new timetable was drawn up to suit the operator.");
    Entity okafor = person("P1", "Ruth Okafor", f, "Ruth Okafor");
    Quote q = startingWith(run(f, okafor), "the new timetable was drawn up");
    assertEquals("Ruth Okafor", speakerName(q));
  }

  @Test
  void itOpensAClauseOnlyBeforeAnAuxiliary() {
    var f = fields("Ferry contract",
        "The operator denied it was planning to cut the night crossings.",
        "Ruth Okafor was asked about the leaked memo and denied it.");
    List<Quote> quotes = run(f, person("P1", "Ruth Okafor", f, "Ruth Okafor"));
    assertEquals(QuoteKind.INDIRECT, startingWith(quotes, "it was planning to cut").getKind());
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("it.")));
  }

  @Test
  void whatIsDeniedAsANounIsNoClause() {
    var f = fields("Ferry contract",
        "Omar Haddad denied the charges of favouritism in the tender for the harbour ferries.",
        "The smaller bidder was denied a place on the shortlist because its papers were late.",
        "Two clerks, who denied the claims, have also been suspended by the council.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"));
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("the charges")), texts(quotes).toString());
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("a place")), texts(quotes).toString());
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("the claims")), texts(quotes).toString());
  }

  @Test
  void aClauseEndsBeforeAParticipleOfSaying() {
    var f = fields("Ferry fares",
        "Ruth Okafor said the new berths would open in May, adding that the fares would stay frozen all year.",
        "Omar Haddad said the timetable was the best in years, calling it \"a fair deal for the islands\".");
    List<Quote> quotes = run(f, person("P1", "Ruth Okafor", f, "Ruth Okafor"), person("P2", "Omar Haddad", f, "Omar Haddad"));
    Quote first = startingWith(quotes, "the new berths would open");
    assertFalse(first.getText().toString().contains("adding"), first.getText().toString());
    assertEquals("Ruth Okafor", speakerName(startingWith(quotes, "the fares would stay frozen")));
    assertFalse(texts(quotes).stream().anyMatch(t -> t.startsWith("it \"a fair deal")), texts(quotes).toString());
  }

  @Test
  void aClauseEndsBeforeButAndASpeechVerb() {
    var f = fields("Ferry fares",
        "Omar Haddad denies he is raising the fares, but argues that the crossings must pay their way.");
    List<Quote> quotes = run(f, person("P1", "Omar Haddad", f, "Omar Haddad"));
    Quote first = startingWith(quotes, "he is raising the fares");
    assertFalse(first.getText().toString().contains("argues"), first.getText().toString());
    assertEquals("Omar Haddad", speakerName(startingWith(quotes, "the crossings must pay")));
  }

  @Test
  void aBracketedAcronymStillPutsTheSubjectBeforeItsVerb() {
    var f = fields("Ferry delays",
        "The Ferry Users Association (FUA) said crossing times had doubled since the spring.");
    Quote q = startingWith(run(f), "crossing times had doubled");
    assertEquals(QuoteKind.INDIRECT, q.getKind());
  }
}
