package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.CueRecognizer;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 21 (our own sentences): an abstract noun after a title that is also an adjective (General
 * Election) is no person; days, months or nationalities joined by hyphens or slashes (a quarter) are no place; a one-word
 * entity the knowledge base does not know, found only where it opens a sentence and written in lower case elsewhere in the
 * article, is a common word.
 */
class EnglishEntityRound21Test {

  @Test
  void anAbstractNounAfterATitleIsNoPerson() {
    assertTrue(CueRecognizer.abstractNoun("Election"));
    assertTrue(CueRecognizer.abstractNoun("Agreement"));
    assertTrue(CueRecognizer.abstractNoun("Convention"));
    assertFalse(CueRecognizer.abstractNoun("Clement"), "-ment needs eight letters");
    assertFalse(CueRecognizer.abstractNoun("Musharraf"));
    List<Entity> es = model("Campaign opens",
        "The opposition will fight the coming General Election on taxes and schools, its leader said.",
        "A spokesman for the General Agreement on Tariffs and Trade declined to comment on the farm talks.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Election"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Agreement"), all(es));
  }

  @Test
  void aTitleBeforeASurnameStillNamesAPerson() {
    List<Entity> es = model("Talks in the capital",
        "The talks were led by General Ortega and attended by two ministers.",
        "Officials said General Ortega would speak on Friday.");
    assertEquals(2, mentionsOf(es, EntityType.PERSON, "Ortega"), all(es));
  }

  @Test
  void aLawIsNoBody() {
    assertTrue(io.newswire.enrich.entities.names.EnglishNameRecognizer.noEntityTail("Bill"));
    assertTrue(io.newswire.enrich.entities.names.EnglishNameRecognizer.noEntityTail("Treaty"));
    List<Entity> es = model("Vote on hunting",
        "Ministers will use the Parliament Act to force the Fishing and Coastal Waters Bill through, the Commons was told.",
        "Campaigners said the Rivers Protection Act had failed.");
    assertEquals(0, es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION && e.getName().matches(".*(Act|Bill)")).count(), all(es));
  }

  @Test
  void monthsJoinedByAHyphenAreNoPlace() {
    assertTrue(ShapeNotNames.commonWordsJoined("July-September"));
    assertTrue(ShapeNotNames.commonWordsJoined("March/April"));
    assertTrue(ShapeNotNames.commonWordsJoined("October-to-December"));
    assertFalse(ShapeNotNames.commonWordsJoined("Austria-Hungary"));
    assertFalse(ShapeNotNames.commonWordsJoined("July"), "one word is left to the other checks");
    List<Entity> es = model("Orders slow",
        "Orders at the plant in Leeds fell 4% in July-September, down from 7% in April-June.",
        "The firm expects a recovery in January-March.");
    assertEquals(0, es.stream().filter(e -> e.getName().contains("-")).count(), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Leeds"), all(es));
  }

  @Test
  void sentenceStartsAndAbbreviations() {
    assertTrue(SentenceOpeners.opensSentence("Prices rose. Traders said so.", 13));
    assertTrue(SentenceOpeners.opensSentence("Traders said so.", 0));
    assertTrue(SentenceOpeners.opensSentence("He said: \"Farmers are angry.\"", 10));
    assertFalse(SentenceOpeners.opensSentence("Prices rose, traders said.", 13));
    assertFalse(SentenceOpeners.opensSentence("He met Mr. Young there.", 11), "a title's full stop ends no sentence");
    assertFalse(SentenceOpeners.opensSentence("Shares of U.S. Steel rose.", 15));
    assertTrue(SentenceOpeners.opensSentence("It was cleared by the FDA. Generic pills cost less.", 27), "an acronym ends its sentence");
    assertTrue(SentenceOpeners.oneCapitalisedWord("Users", 0, 5));
    assertFalse(SentenceOpeners.oneCapitalisedWord("NASA", 0, 4));
  }

  @Test
  void aCommonWordOpeningSentencesIsNoName() {
    List<Entity> es = model("Fuel costs climb",
        "The price of petrol rose again in March, the ministry said. Petrol station owners said many pumps were closed.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Petrol") + mentionsOf(es, EntityType.ORGANIZATION, "Petrol"), all(es));
    es = model("Track season ends",
        "Athletics fans had little to cheer this winter. The sport's leaders said athletics needed new stars.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Athletics"), all(es));
    es = model("Gaming rules eased",
        "The new law lets larger venues open. Casinos also offer free drinks to players, and casinos in the north say trade is slow.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Casinos"), all(es));
  }

  @Test
  void aWordAfterMrIsAPerson() {
    assertTrue(HonorificPersons.honorificBefore("said Mr Davis", 8));
    assertTrue(HonorificPersons.honorificBefore("said Mrs. Hale", 10));
    assertFalse(HonorificPersons.honorificBefore("said HMr Davis", 9));
    assertFalse(HonorificPersons.honorificBefore("in Davis", 3));
    assertFalse(HonorificPersons.capitalisedWords("Blair and the Labour"));
    List<Entity> es = model("Opposition attacks plan",
        "The shadow home secretary, David Davis, attacked the plan on Monday.",
        "Mr Davis told reporters in Houston that the scheme would fail. Mr Houston, a local farmer, agreed.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Davis"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Davis"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Houston"), all(es));
  }

  @Test
  void aCompassWordBeforeAKnownPlaceIsPartOfItsName() {
    assertEquals("West", CompassPlaces.wordBefore("sales in West Germany", 14));
    assertEquals(null, CompassPlaces.wordBefore("sales in-West Germany", 14));
    List<Entity> es = model("Car sales rise",
        "Car sales in West Germany rose 5 pct in February, the industry said, and exports to Great Britain fell.",
        "Germany is now one country.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "West Germany"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Great Britain"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Germany"), all(es));
  }
}
