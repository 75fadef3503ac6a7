package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 58 (our own sentences): an English dateline's town is its words up to the first comma, whole, not a
 * state or country named inside it; a firm before a slash in a headline in capitals runs on over the slash's word; a name
 * ending in "Research" is a firm; a compass word before a place's adjective (North American) names no place.
 */
class EnglishEntityRound58Test {

  private static List<Entity> withDateline(String dateline, String headline, String body) {
    List<ArticleField> fs = new ArrayList<>(EntityExtractorTest.fields(headline, body));
    fs.add(1, new ArticleField("dateline", dateline));
    return EntityExtractorTest.RULES.extract(fs, "en");
  }

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type).flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void aDatelineTownHoldingAStateIsTheTownWhole() {
    List<Entity> es = withDateline("KANSAS CITY, Mo., March 3", "GRAIN HAULER SEES HIGHER VOLUME",
        "Midland Barge Lines said it expects to carry more wheat this spring.");
    List<String> places = texts(es, EntityType.PLACE);
    assertTrue(places.contains("KANSAS CITY"), es.toString());
    assertFalse(places.contains("KANSAS"), es.toString());
    List<Entity> town = withDateline("NEW BRITAIN, Conn., March 4", "TOOL MAKER NAMES PRESIDENT",
        "Harwick Tool Co said it named a new president.");
    assertTrue(texts(town, EntityType.PLACE).contains("NEW BRITAIN"), town.toString());
    assertFalse(town.stream().anyMatch(e -> e.getName().equals("United Kingdom")), town.toString());
  }

  @Test
  void aTownFoundWholeStaysAsItIs() {
    List<Entity> es = withDateline("WASHINGTON, March 3", "SENATE PANEL DELAYS VOTE",
        "The Senate panel said it would vote next week.");
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.PLACE && EntityExtractorTest.texts(e).contains("WASHINGTON")
        && !e.getName().equals("WASHINGTON")), es.toString()); // still the KB's town, not a new name
  }

  @Test
  void aFirmBeforeASlashInACapitalsHeadlineRunsOnOverIt() {
    List<Entity> es = EntityExtractorTest.run("en", "ROYAL BANK/CANADA RAISES PRIME RATE",
        "<Royal Bank of Canada> said it raised its prime lending rate to 9.5 pct from 9.25 pct.",
        "Royal Bank said the change takes effect on Monday.");
    assertTrue(texts(es, EntityType.ORGANIZATION).contains("ROYAL BANK/CANADA"), es.toString());
    assertFalse(texts(es, EntityType.PLACE).contains("CANADA"), es.toString());
    assertTrue(SlashFirms.wordAfterSlash("BLACK/DECKER SETS PAYOUT", 5) == 12);
    assertTrue(SlashFirms.wordAfterSlash("BLACK/Decker", 5) < 0, "not a word in capitals");
    assertTrue(SlashFirms.wordAfterSlash("BLACK DECKER", 5) < 0, "no slash");
    // a topic pair holds no firm before its slash
    List<Entity> grain = EntityExtractorTest.run("en", "CORN/OATS SPREAD WIDENS IN CHICAGO",
        "Corn futures rose against oats on the Chicago Board of Trade, traders said.");
    assertFalse(texts(grain, EntityType.ORGANIZATION).stream().anyMatch(t -> t.contains("/")), grain.toString());
  }

  @Test
  void aNameEndingInResearchIsAFirm() {
    assertTrue(FirmHeads.endsWithHead("by Corvane Research.", 3, 19));
    assertFalse(FirmHeads.endsWithHead("Research", 0, 8), "one word: no firm's name");
    List<Entity> es = EntityExtractorTest.run("en", "Shoppers cut back",
        "\"Spending has slowed sharply,\" said Tom Harle of Corvane Research, the consumer survey firm.");
    assertTrue(texts(es, EntityType.ORGANIZATION).contains("Corvane Research"), es.toString());
    assertTrue(texts(es, EntityType.PERSON).contains("Tom Harle"), es.toString());
  }

  @Test
  void aCompassWordBeforeAnAdjectiveNamesNoPlace() {
    String d = "sales at the North American box office and in North America";
    int at = d.indexOf("North American");
    assertTrue(CompassPlaces.countryAdjective(d, at, at + "North American".length()));
    int place = d.lastIndexOf("North America");
    assertFalse(CompassPlaces.countryAdjective(d, place, place + "North America".length()), "the place's name");
    String bank = "the West Bank settlers";
    assertFalse(CompassPlaces.countryAdjective(bank, 4, 13), "no adjective");
    List<Entity> es = EntityExtractorTest.run("en", "Thriller tops charts",
        "The thriller took 20m dollars at the North American box office, and opens in North America next week.");
    List<String> places = texts(es, EntityType.PLACE);
    assertFalse(places.contains("North American"), es.toString());
  }

  @Test
  void aTwoWordCountryAdjectiveBeforeANounNamesNoPlaceOrPerson() {
    String d = "the West German bond market and a Sri Lankan reporter in Sri Lanka";
    int w = d.indexOf("West German");
    assertTrue(CompassPlaces.countryAdjective(d, w, w + "West German".length()));
    int s = d.indexOf("Sri Lankan");
    assertTrue(CompassPlaces.countryAdjective(d, s, s + "Sri Lankan".length()));
    int place = d.lastIndexOf("Sri Lanka");
    assertFalse(CompassPlaces.countryAdjective(d, place, place + "Sri Lanka".length()), "the place's name");
    String sudan = "in Southern Sudan today";
    assertFalse(CompassPlaces.countryAdjective(sudan, 3, 17), "a place ending in -an");
    String person = "Saudi Arabian Mustafa Harb won";
    assertFalse(CompassPlaces.countryAdjective(person, 0, 13), "a name follows, no lower-case noun");
    List<Entity> es = EntityExtractorTest.run("en", "Output falls",
        "A sharp fall in Saudi Arabian output cut supplies, and a Sri Lankan blogger wrote about it from Colombo.");
    List<String> all = es.stream().flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
    assertFalse(all.contains("Saudi Arabian"), es.toString());
    assertFalse(all.contains("Sri Lankan"), es.toString());
  }
  @Test
  void willAfterALowerCaseWordOrACommaIsAGivenName() {
    List<Entity> es = EntityExtractorTest.run("en", "Singer plans tour",
        "The tour was announced by pop singer Will Darrow on Monday, and rugby captain Will Hanley joined him.",
        "Fans of the singer, Will Darrow, queued overnight.");
    List<String> persons = texts(es, EntityType.PERSON);
    assertTrue(persons.contains("Will Darrow"), es.toString());
    assertTrue(persons.contains("Will Hanley"), es.toString());
  }

  @Test
  void willOpeningATitleOrAHeadlineOrInLowerCaseIsNoName() {
    List<Entity> es = EntityExtractorTest.run("en", "Will Tory Plans Cut Taxes",
        "Fans sang We Will Rock Harbour at the ground.",
        "The band said the song Will Be Back was to be released in May.",
        "Ministers will Meet Tuesday to discuss it.");
    List<String> persons = texts(es, EntityType.PERSON);
    assertFalse(persons.stream().anyMatch(p -> p.startsWith("Will ")), es.toString());
  }
}
