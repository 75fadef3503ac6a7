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

/** Issue 9, fifteenth round: English speakers that go on from a source named before, on invented sentences. */
class QuoteRound15Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void theCompanyGoesOnFromTheBusinessThatSpoke() {
    var f = fields("Brewer buys rival",
        "Halvard said it had bought the Danish brewer Koldby for 2bn euros.",
        "Sales of the merged group would pass 9bn euros next year, the company estimated.",
        "\"The deal gives us the north,\" the firm said in a statement.");
    Entity halvard = entity("O1", EntityType.ORGANIZATION, "Halvard", f, "Halvard");
    List<Quote> q = run(f, halvard);
    Quote estimated = startingWith(q, "Sales of the merged");
    assertEquals("Halvard", speakerName(estimated));
    assertEquals("the company", speakerText(estimated));
    assertEquals("Halvard", speakerName(startingWith(q, "The deal gives")));
  }

  @Test
  void theCompanyWithNoBusinessSpeakingBeforeStaysUnnamed() {
    var f = fields("Plant to close",
        "Workers at the Lindby plant heard on Monday that it would shut.",
        "\"We regret the decision,\" the company said.");
    Quote q = startingWith(run(f), "We regret");
    assertNull(speakerName(q));
    assertEquals("the company", speakerText(q));
  }

  @Test
  void theGovernmentIsNotTheBusinessThatSpokeBefore() {
    var f = fields("Rail sale",
        "Nordrail said it would bid for the line.",
        "The sale would close in May, the government said.");
    Entity nordrail = entity("O1", EntityType.ORGANIZATION, "Nordrail", f, "Nordrail");
    assertNull(speakerName(startingWith(run(f, nordrail), "The sale would")));
  }

  @Test
  void aPartyLeaderNamedOnlyByOfficeIsTheStorysMainPerson() {
    var f = fields("Green leader backs wind farms",
        "Carla Menzies has backed new wind farms on the coast.",
        "But the Green leader argued there was a case for more turbines. \"We must be bold,\" she said.");
    Entity menzies = person("P1", "Carla Menzies", f, "Carla Menzies");
    List<Quote> q = run(f, menzies);
    Quote argued = startingWith(q, "there was a case");
    assertEquals("Carla Menzies", speakerName(argued));
    assertEquals("the Green leader", speakerText(argued));
    assertEquals("Carla Menzies", speakerName(startingWith(q, "We must be bold")));
  }

  @Test
  void aPersonAfterAnOrganisationsPossessiveIsTheSpeaker() {
    var f = fields("Record orders",
        "\"Our readers have never ordered so early,\" said Bookfield's Laura Pines.");
    Entity bookfield = entity("O1", EntityType.ORGANIZATION, "Bookfield", f, "Bookfield");
    Entity pines = person("P1", "Laura Pines", f, "Laura Pines");
    assertEquals("Laura Pines", speakerName(startingWith(run(f, bookfield, pines), "Our readers")));
  }

  @Test
  void aPerfectAuxiliaryBetweenSubjectAndCueKeepsTheSubject() {
    var f = fields("Sequel",
        "\"The book sold out in a day,\" said Tom Vale, a shop owner.",
        "Maria Lind has already revealed that the sequel is set in winter.");
    Entity vale = person("P1", "Tom Vale", f, "Tom Vale");
    Entity lind = person("P2", "Maria Lind", f, "Maria Lind");
    assertEquals("Maria Lind", speakerName(startingWith(run(f, vale, lind), "the sequel is set")));
  }

  @Test
  void anArabicKindNounFindsTheBodyNamedAfterItWithAPreposition() {
    // 'بجماعة «حراس الشواطئ»' names the group with ب on its kind noun: 'وقالت الجماعة' is that group
    var f = fields("انتقادات لصيد الطيور",
        "وقال ناشطون بجماعة «حراس الشواطئ» إن الصيادين قتلوا مئات الطيور.",
        "وقالت الجماعة إن السلطات لم تتدخل لوقف الصيد.");
    Entity group = entity("O1", EntityType.ORGANIZATION, "Beach Guards", f, "حراس الشواطئ");
    List<Quote> q = extractor.extract(f, "ar", List.of(group));
    assertEquals("Beach Guards", speakerName(startingWith(q, "السلطات لم تتدخل")));
  }

  @Test
  void anUnnamedSourceIsThePersonTheNextQuoteNamesWithItsOrganisation() {
    var f = fields("Branch to close",
        "The Harbour Street branch will close in June, a Lumen Bank official said.",
        "\"We are sorry to leave,\" Lumen Bank's Petra Holm told reporters.");
    Entity lumen = entity("O1", EntityType.ORGANIZATION, "Lumen Bank", f, "Lumen Bank");
    Entity holm = person("P1", "Petra Holm", f, "Petra Holm");
    List<Quote> q = run(f, lumen, holm);
    Quote lead = startingWith(q, "The Harbour Street");
    assertEquals("Petra Holm", speakerName(lead));
    assertEquals("a Lumen Bank official", speakerText(lead));
  }

  @Test
  void anUnnamedSourceStaysUnnamedWhenTheNextSpeakerIsSomeoneElse() {
    var f = fields("Branch to close",
        "The Harbour Street branch will close in June, a Lumen Bank official said.",
        "\"It is a blow for the town,\" said Oskar Dahl, a shop owner.");
    Entity lumen = entity("O1", EntityType.ORGANIZATION, "Lumen Bank", f, "Lumen Bank");
    Entity dahl = person("P1", "Oskar Dahl", f, "Oskar Dahl");
    assertNull(speakerName(startingWith(run(f, lumen, dahl), "The Harbour Street")));
  }
}
