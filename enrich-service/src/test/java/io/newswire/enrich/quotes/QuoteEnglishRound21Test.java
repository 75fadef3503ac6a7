package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 21: a body naming the office of the person after it is no speaker ('Transport Department
 * minister X defended …, saying'), 'the' with an organisation's name as a sentence's subject, and a bare
 * clause after a participle of saying (', saying it would …', 'was quoted as saying the …') (invented sentences).
 */
class QuoteEnglishRound21Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aBodyBeforeATitledPersonIsOnlyTheirOffice() {
    var f = fields("Harbour plan",
        "But Transport Department minister Ruth Okafor defended the scheme, saying that it would cut queues at the ferry port.",
        "She said the first berths would open in spring.");
    Entity dept = entity("O1", EntityType.ORGANIZATION, "Transport Department", f, "Transport Department");
    Entity okafor = person("P1", "Ruth Okafor", f, "Ruth Okafor");
    List<Quote> quotes = run(f, dept, okafor);
    assertEquals("Ruth Okafor", speakerName(startingWith(quotes, "it would cut queues")));
    assertEquals("Ruth Okafor", speakerName(startingWith(quotes, "the first berths")));
  }

  @Test
  void aBodyAloneBeforeItsVerbStillSpeaks() {
    var f = fields("Ferry report",
        "Transport Department has published a review of the crossings, saying that it would keep fares frozen.");
    Entity dept = entity("O1", EntityType.ORGANIZATION, "Transport Department", f, "Transport Department");
    assertEquals("Transport Department", speakerName(startingWith(run(f, dept), "it would keep fares frozen")));
  }

  @Test
  void theAndAnOrganisationsNameIsThatBody() {
    var f = fields("Dock audit",
        "The Harbour Board has released an audit of the docks, which it describes as \"a turning point\".");
    Entity board = entity("O1", EntityType.ORGANIZATION, "Harbour Board", f, "Harbour Board");
    List<Quote> quotes = run(f, board);
    assertEquals("Harbour Board", speakerName(startingWith(quotes, "a turning point")));
  }

  @Test
  void aNameModifyingANounIsNotTheSubject() {
    var f = fields("Port strike",
        "Dockers walked out on Monday.",
        "\"We will not unload a single ship,\" the Quayside news agency quoted union leader Ana Ruiz as saying.");
    Entity agency = entity("O1", EntityType.ORGANIZATION, "Quayside", f, "Quayside");
    Entity ruiz = person("P1", "Ana Ruiz", f, "Ana Ruiz");
    Quote q = startingWith(run(f, agency, ruiz), "We will not unload");
    assertFalse("Quayside".equals(speakerName(q)));
  }

  @Test
  void aPronounOpensAClauseAfterSaying() {
    var f = fields("Ferry fares",
        "Councillor Omar Haddad backed the new timetable, saying it would suit commuters better.");
    Entity haddad = person("P1", "Omar Haddad", f, "Omar Haddad");
    Quote q = startingWith(run(f, haddad), "it would suit commuters");
    assertEquals(QuoteKind.INDIRECT, q.getKind());
    assertEquals("Omar Haddad", speakerName(q));
  }

  @Test
  void aDeterminerAfterSayingIsItsObject() {
    var f = fields("Farewell",
        "Councillor Omar Haddad left the hall saying the usual goodbyes to the staff.");
    Entity haddad = person("P1", "Omar Haddad", f, "Omar Haddad");
    assertFalse(texts(run(f, haddad)).stream().anyMatch(t -> t.startsWith("the usual goodbyes")));
  }

  @Test
  void whatFollowsQuotedAsSayingIsReported() {
    var f = fields("PORT LOANS",
        "The harbour master was quoted as saying the new cranes would double the port's capacity.");
    Quote q = startingWith(run(f), "the new cranes would double");
    assertEquals(QuoteKind.INDIRECT, q.getKind());
  }
}
