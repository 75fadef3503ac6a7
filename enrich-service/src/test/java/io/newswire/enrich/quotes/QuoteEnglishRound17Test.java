package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, seventeenth round: English speakers that carry to unseen copy, on invented sentences. */
class QuoteEnglishRound17Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aTimeAdjunctBeforeADescriptionIsNoApposedName() {
    var f = fields("Flood repairs",
        "On Tuesday, the council said its estimate of the repair costs had doubled since the spring.");
    Quote q = startingWith(run(f), "its estimate of the repair costs");
    assertEquals("the council", speakerText(q));
    assertNull(speakerName(q));
  }

  @Test
  void aPlaceOpeningTheSentenceIsNoApposedName() {
    var f = fields("Port strike",
        "In Rotterdam, the minister said the dockers would be back at work by the end of the week.");
    Entity rotterdam = entity("L1", EntityType.PLACE, "Rotterdam", f, "Rotterdam");
    Quote q = startingWith(run(f, rotterdam), "the dockers would be back");
    assertEquals("the minister", speakerText(q));
  }

  @Test
  void aNameBeforeTheCommaStillIsApposed() {
    var f = fields("Budget row",
        "Olsen, the party treasurer said the accounts would be published in full next month.");
    Quote q = startingWith(run(f), "the accounts would be published");
    assertEquals("Olsen", speakerText(q));
  }

  @Test
  void theStationIsTheBroadcasterNamedBefore() {
    var f = fields("New year show",
        "The singer will perform live for Radio Nova next month.",
        "The station also confirmed that Tom Berg will host a weekend breakfast show.");
    Entity nova = entity("O1", EntityType.ORGANIZATION, "Radio Nova", f, "Radio Nova");
    Quote q = startingWith(run(f, nova), "Tom Berg will host");
    assertEquals("Radio Nova", speakerName(q));
    assertEquals("The station", speakerText(q));
  }

  @Test
  void thePartyIsTheBodyNamedBeforeOutsideQuotations() {
    var f = fields("Heating plan",
        "Pensioners would get free loft insulation under plans unveiled by the Green Party, in a move its leader called \"overdue\".",
        "The party said the scheme could save the average pensioner 100 pounds a year.");
    Entity greens = entity("O1", EntityType.ORGANIZATION, "Green Party", f, "Green Party");
    Quote q = startingWith(run(f, greens), "the scheme could save");
    assertEquals("Green Party", speakerName(q));
  }

  @Test
  void theGroupIsLeftUnnamed() {
    var f = fields("Stake",
        "An investor group holds 9 pct of Harlow Mills.",
        "The group said it had bought no more shares since its last filing.");
    Entity harlow = entity("O1", EntityType.ORGANIZATION, "Harlow Mills", f, "Harlow Mills");
    Quote q = startingWith(run(f, harlow), "it had bought no more shares");
    assertNull(speakerName(q));
  }

  @Test
  void anUncuedQuotationAfterANewPersonsSentenceIsTheirs() {
    var f = fields("Pension plans",
        "Anna Berg said the changes were modest. \"They only touch those who retire very early,\" she said.",
        "Tom Olsen criticised the plans. \"You do not build good services by hitting people as they retire.\"");
    Entity berg = person("P1", "Anna Berg", f, "Anna Berg");
    Entity olsen = person("P2", "Tom Olsen", f, "Tom Olsen");
    Quote q = startingWith(run(f, berg, olsen), "You do not build good services");
    assertEquals("Tom Olsen", speakerName(q));
  }

  @Test
  void anUncuedQuotationAfterTheSpeakersOwnSentenceStaysTheirs() {
    var f = fields("Pension plans",
        "Anna Berg said the changes were modest. \"They only touch those who retire very early,\" she said.",
        "Berg defended the plans. \"Nobody loses a penny before the age of sixty.\"");
    Entity berg = person("P1", "Anna Berg", f, "Anna Berg", "Berg");
    Quote q = startingWith(run(f, berg), "Nobody loses a penny");
    assertEquals("Anna Berg", speakerName(q));
  }
}
