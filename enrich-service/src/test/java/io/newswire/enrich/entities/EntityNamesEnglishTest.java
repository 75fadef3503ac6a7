package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityExtractorTest.byName;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English names the knowledge base lacks, on sentences written for these tests (people and firms invented). */
class EntityNamesEnglishTest {
  private static Entity named(List<Entity> es, String name, EntityType type) {
    Entity e = byName(es, name);
    assertNotNull(e, name + " in " + es.stream().map(x -> x.getName().toString()).toList());
    assertEquals(type, e.getType(), name);
    return e;
  }

  private static List<String> names(List<Entity> es) {
    return es.stream().map(e -> e.getName().toString()).toList();
  }

  @Test
  void givenNameMakesAPersonAndTheSurnameFollowsInTheHeadline() {
    List<Entity> es = run("en", "Merida fights back for indoor title",
        "Veteran Carlos Merida beat the top seed on Sunday in a long final.",
        "Merida was two sets down before the rain came.");
    assertEquals(List.of("Merida", "Carlos Merida", "Merida"), texts(named(es, "Carlos Merida", EntityType.PERSON)));
  }

  @Test
  void titleInsideACapitalisedRunCutsIt() {
    List<Entity> es = run("en", "Museums to open late", "Arts Minister Jorunn Vestby opened the new wing.");
    named(es, "Jorunn Vestby", EntityType.PERSON);
    assertNull(byName(es, "Arts Minister Jorunn Vestby"));
  }

  @Test
  void roleWordReportingVerbAndAppositionMakePeople() {
    List<Entity> es = run("en", "Prices fall", "The fall was steep, said economist Pallas Okonjo.",
        "Tamsin Orrell told reporters the market would recover.",
        "Okko Varga, 45, was not available.",
        "Brannagh Teale, a senior analyst at the firm, disagreed.",
        "Ysolde Marrack, who runs a bakery, was pleased.");
    named(es, "Pallas Okonjo", EntityType.PERSON);
    named(es, "Tamsin Orrell", EntityType.PERSON);
    named(es, "Okko Varga", EntityType.PERSON);
    named(es, "Brannagh Teale", EntityType.PERSON);
    named(es, "Ysolde Marrack", EntityType.PERSON);
  }

  @Test
  void organisationWordsShortFormsAndAcronyms() {
    List<Entity> es = run("en", "Miner buys rival",
        "Kelvale Mining Corp has bought a stake in Dunmore Tyre Company, the Northern Grain Traders Association (NGTA) said.",
        "Kelvale said the deal would close in June. The NGTA welcomed it.");
    assertEquals(List.of("Kelvale Mining Corp", "Kelvale"), texts(named(es, "Kelvale Mining Corp", EntityType.ORGANIZATION)));
    named(es, "Dunmore Tyre Company", EntityType.ORGANIZATION);
    assertEquals(List.of("Northern Grain Traders Association", "NGTA", "NGTA"),
        texts(named(es, "Northern Grain Traders Association", EntityType.ORGANIZATION)));
  }

  @Test
  void andJoinsANameOnlyBeforeAnOrganisationWord() {
    List<Entity> es = run("en", "Port rules", "The Ports and Harbours Authority fined two shippers.",
        "It named Tarkarra and Lisvane as the worst offenders, officials in Mossgiel said.");
    named(es, "Ports and Harbours Authority", EntityType.ORGANIZATION);
    assertNull(byName(es, "Tarkarra and Lisvane"));
    named(es, "Mossgiel", EntityType.PLACE);
  }

  @Test
  void placeWordsAndBased() {
    List<Entity> es = run("en", "Floods", "The Dunmore-based charity sent boats to Lisvane County on Friday.");
    named(es, "Dunmore", EntityType.PLACE);
    named(es, "Lisvane County", EntityType.PLACE);
  }

  @Test
  void kbPlaceInsideAnOrganisationIsPartOfIt() {
    List<Entity> es = run("en", "Rates", "The Central Bank of Egypt left rates unchanged.");
    named(es, "Central Bank of Egypt", EntityType.ORGANIZATION);
    assertNull(byName(es, "Egypt"));
  }

  @Test
  void titleCaseHeadlineOnlyRepeatsNamesFromTheBody() {
    List<Entity> es = run("en", "Varga Wins Appeal Against Kelvale Mining Corp",
        "Okko Varga, 45, won his appeal against Kelvale Mining Corp on Tuesday.");
    assertEquals(List.of("Varga", "Okko Varga"), texts(named(es, "Okko Varga", EntityType.PERSON)));
    assertEquals(2, named(es, "Kelvale Mining Corp", EntityType.ORGANIZATION).getMentions().size());
    assertNull(byName(es, "Wins Appeal Against"));
  }

  @Test
  void monthsDaysNationalitiesAndSentenceOpenersAreNotNames() {
    List<Entity> es = run("en", "Talks resume",
        "On Monday, British and Norwegian officials met again in March.",
        "Shares in the firm rose after shares elsewhere fell.");
    for (String n : List.of("Monday", "British", "Norwegian", "March", "Shares", "On Monday")) {
      assertNull(byName(es, n), n);
    }
    assertTrue(es.stream().noneMatch(e -> e.getType() == EntityType.PERSON), names(es).toString());
  }

  @Test
  void untypedCapitalsAreLeftOut() {
    List<Entity> es = run("en", "Album review", "The new album Silver Harbour Lights is out now.");
    assertTrue(es.isEmpty(), names(es).toString());
  }
  @Test
  void pronounIDoesNotExtendAName() {
    List<Entity> es = run("en", "Back in form", "Since the final in Lisvane I have trained hard, said Okko Varga.");
    named(es, "Lisvane", EntityType.PLACE);
    assertNull(byName(es, "Lisvane I"));
  }
  @Test
  void personInsideAnOrganisationRunIsCutOut() {
    List<Entity> es = run("en", "Radio news", "Listeners called Kestrel Radio presenter Sarah Quennell, and Detective Inspector Paul Darnay of Mossgiel Police appealed for calm.");
    named(es, "Sarah Quennell", EntityType.PERSON);
    named(es, "Paul Darnay", EntityType.PERSON);
    named(es, "Mossgiel Police", EntityType.ORGANIZATION);
  }

  @Test
  void firmsKeepTheirPartnersAndOpeningWordsAndTwoFirmsStayTwo() {
    List<Entity> es = run("en", "Offering filed",
        "Second Harbour Corp said the notes were sold through Hallam, Pryce and Co and Dunmore Baxter Capital Markets and Vell Ostrom and Co.",
        "Underwriters were Tarn, Keel and Abbot Inc.");
    named(es, "Second Harbour Corp", EntityType.ORGANIZATION);
    named(es, "Hallam, Pryce and Co", EntityType.ORGANIZATION);
    named(es, "Dunmore Baxter Capital Markets", EntityType.ORGANIZATION);
    named(es, "Vell Ostrom and Co", EntityType.ORGANIZATION);
    named(es, "Tarn, Keel and Abbot Inc", EntityType.ORGANIZATION);
  }

  @Test
  void afterInAPlaceEndsItsPhrase() {
    List<Entity> es = run("en", "Patch day",
        "The fix closes a hole in Kestrel programs and in Lisvane's old quarter, and the rise in ICT use was slow.",
        "Trade in Mossgiel fell.");
    assertNull(byName(es, "Kestrel"), "a product before its noun");
    assertNull(byName(es, "Lisvane"), "a possessive: a person's or a title's as often as a place's");
    assertNull(byName(es, "ICT"), "an acronym");
    named(es, "Mossgiel", EntityType.PLACE);
  }

  @Test
  void wordsAroundARunMakeAPersonOnlyWhenItsOwnWordsAreNames() {
    List<Entity> es = run("en", "Deal signed",
        "The Harbour Bakery said it signed a supply agreement.",
        "Morning Paper said the paper had seen the morning figures.",
        "Tamsin Orrell told reporters the deal was done.");
    named(es, "Harbour Bakery", EntityType.ORGANIZATION);
    assertNull(byName(es, "Morning Paper"), "words the article writes in lower case");
    named(es, "Tamsin Orrell", EntityType.PERSON);
  }

  @Test
  void twoPeopleJoinedByAndStayTwoAndAwardsAreNoEntity() {
    List<Entity> es = run("en", "Film prizes",
        "The Dorrit Vale Special Award went to a newcomer. Other winners included Emily Varga and Sarah Quennell Press, who shared it.");
    assertNull(byName(es, "Dorrit Vale Special Award"));
    assertNull(byName(es, "Emily Varga and Sarah Quennell Press"));
    named(es, "Emily Varga", EntityType.PERSON);
  }

  @Test
  void aLatinNameIsNotLinkedToAKbPersonBySoundAlone() {
    List<Entity> es = run("en", "Appointment", "Hutton named Jerry Welsh to the newly created post.");
    named(es, "Jerry Welsh", EntityType.PERSON);
  }

  @Test
  void aCapitalsHeadlineNamesAFirmWithoutItsSuffix() {
    List<Entity> es = run("en", "PERU COPPER SEES HIGHER OUTPUT", "Peru Copper Corp said output would rise this year.");
    assertEquals(List.of("PERU COPPER", "Peru Copper Corp"), texts(named(es, "Peru Copper Corp", EntityType.ORGANIZATION)));
    List<Entity> firm = run("en", "KELVALE MINING SEES GAIN", "Kelvale Mining Corp said profit would rise.", "Kelvale said costs fell.");
    assertEquals(List.of("KELVALE MINING", "Kelvale Mining Corp", "Kelvale"),
        texts(named(firm, "Kelvale Mining Corp", EntityType.ORGANIZATION)), "the short form joins the firm");
    assertNull(byName(es, "Peru"), "the country inside the firm's name is not a mention of it");
  }

  @Test
  void aFirmShortenedBeforeSaidAndAPersonOfAFirm() {
    List<Entity> es = run("en", "Stores sold",
        "Harbour Grain Stores Inc agreed to sell its shops. Harbour Grain said the sale would close in May.",
        "Commissioner Okko Varga approved it, and David Orrell of Kelvale welcomed the deal.");
    assertEquals(List.of("Harbour Grain Stores Inc", "Harbour Grain"),
        texts(named(es, "Harbour Grain Stores Inc", EntityType.ORGANIZATION)));
    named(es, "Okko Varga", EntityType.PERSON);
    named(es, "David Orrell", EntityType.PERSON);
    assertNull(byName(es, "David Orrell of Kelvale"));
  }

  @Test
  void theEmployerOfAStaffWordIsAnOrganisation() {
    List<Entity> es = run("en", "Odds shorten",
        "Pellworth spokesman Oren Kadey said the odds had shortened overnight.",
        "Brightmoor's chief economist Dalia Vennick said demand would recover.",
        "Vice chairman Tobias Ferrand agreed, and Dutch coach Piet Aalbersma did not.");
    named(es, "Pellworth", EntityType.ORGANIZATION);
    named(es, "Brightmoor", EntityType.ORGANIZATION);
    named(es, "Oren Kadey", EntityType.PERSON);
    named(es, "Dalia Vennick", EntityType.PERSON);
    assertNull(byName(es, "Vice"), "an office's first word is not its employer");
    assertNull(byName(es, "Dutch"), "a nationality is not an employer");
  }

  @Test
  void aNameThatSaysItIsAFirm() {
    List<Entity> es = run("en", "Utility seeks rate cut",
        "Tarrowby Hydro said it has filed for a two-stage rate reduction with the state regulator.");
    named(es, "Tarrowby Hydro", EntityType.ORGANIZATION);
  }

  @Test
  void aMiddleInitialStaysInsideThePersonsName() {
    List<Entity> es = run("en", "Airline cuts costs",
        "Vice chairman Martin R. Quessel said in a statement that management was leading the way.",
        "Quessel asked the unions to begin talks.");
    Entity p = named(es, "Martin R. Quessel", EntityType.PERSON);
    assertEquals(List.of("Martin R. Quessel", "Quessel"), texts(p));
    assertNull(byName(es, "Martin R"));
  }

  @Test
  void moreGivenNamesOpenAPersonsName() {
    List<Entity> es = run("en", "Presenter quits", "Siobhan Treleaven quit the programme on Friday after a row with producers.");
    named(es, "Siobhan Treleaven", EntityType.PERSON);
  }

  @Test
  void bothSidesOfAFixtureAreTeamsAndTheirRepeatsToo() {
    List<Entity> es = run("en", "Draw made for the county shield",
        "The holders, Kestrel Rovers, were drawn against Millbrook, while Ashdown face a long trip.",
        "Kestrel Rovers v Millbrook",
        "Dunmore Athletic or Ashdown v Tarnwick Town");
    assertEquals(List.of("Kestrel Rovers", "Kestrel Rovers"), texts(named(es, "Kestrel Rovers", EntityType.ORGANIZATION)));
    assertEquals(List.of("Millbrook", "Millbrook"), texts(named(es, "Millbrook", EntityType.ORGANIZATION)));
    named(es, "Dunmore Athletic", EntityType.ORGANIZATION);
    named(es, "Tarnwick Town", EntityType.ORGANIZATION);
    assertEquals(2, texts(named(es, "Ashdown", EntityType.ORGANIZATION)).size(), "joined by or, and its repeat");
  }

  @Test
  void aVInsideASentenceOrALawCaseNameIsNoFixtureOfPeople() {
    List<Entity> es = run("en", "Judge rules on appeal", "Judge Alma Torvik heard the appeal on Monday.");
    named(es, "Alma Torvik", EntityType.PERSON);
  }
}
