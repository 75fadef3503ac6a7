package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 18 (our own sentences): a town and its state's "-based" before a firm stay out of the firm;
 * ", vice chairman of" after a name is a person's office; a work introduced by its kind (the biopic X) is no entity,
 * nor are its bare repeats; a given name spelt the article's way joins a surname the KB knows; languages and awards
 * in the plural are no names; a capitalised web address is a firm.
 */
class EnglishEntityRound18Test {

  @Test
  void aTownAndItsStatesBasedStayOutOfTheFirm() {
    List<Entity> es = model("Paint maker buys rival",
        "The group paid 200 mln dlrs last year for Denver, Colorado-based Halvorsen Tools Inc, a maker of drills.",
        "The purchase was its largest.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Halvorsen Tools Inc"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Denver"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Colorado"), all(es));
  }

  @Test
  void aRoleOfAfterTheCommaMakesAPerson() {
    List<Entity> es = model("Fund picks new head",
        "Thaddeus Quarrington, vice chairman of the Harwell Trust, has agreed to run the fund from March.",
        "Mr Quarrington said he was pleased.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Thaddeus Quarrington"), all(es));
  }

  @Test
  void aWorkIntroducedByItsKindIsNoEntityNorAreItsRepeats() {
    List<Entity> es = model("Corvale leads nominations",
        "The biopic Corvale, starring Jude Law as the painter Anton Corvale, has six nominations.",
        "Corvale opened in London last month and has taken 12m dollars.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Corvale"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Anton Corvale"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Jude Law"), all(es));
  }

  @Test
  void aPersonAfterAKindOfStarIsStillAPerson() {
    List<Entity> es = model("Star signs up",
        "Comedy star Bernard Quilty has signed for a new series, the channel said.",
        "Quilty will film it in Manchester.");
    assertTrue(mentionsOf(es, EntityType.PERSON, "Bernard Quilty") == 1, all(es));
  }

  @Test
  void aGivenNameSpeltItsOwnWayJoinsTheKnownSurname() {
    List<Entity> es = model("Budget talks",
        "The governor will work with finance minister Binyamin Netanyahu on the budget, officials said.",
        "Prime Minister Netanyahu backed the plan.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Binyamin Netanyahu"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Netanyahu"), "a title is no given name: " + all(es));
  }

  @Test
  void languagesAndAwardsInThePluralAreNoNames() {
    assertTrue(EnglishNameRecognizer.notAName("Hebrew"));
    assertTrue(EnglishNameRecognizer.notAName("Oscars"));
    assertFalse(EnglishNameRecognizer.notAName("Oscar"), "a given name too");
    assertTrue(EnglishNameRecognizer.titleRoleOrCommon("Minister"));
    assertFalse(EnglishNameRecognizer.titleRoleOrCommon("Binyamin"));
  }

  @Test
  void anAcronymAfterTheIsABodyWhenTheModelIsSure() {
    List<Entity> es = model("Club split",
        "The schism between the NSAA and the club lasted for years, and the team left the league.",
        "It came back later.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "NSAA"), all(es));
  }

  @Test
  void anAcronymSpelledOutInLowerCaseIsAThing() {
    List<Entity> es = model("Factory activity slows",
        "The institute said its purchasing managers' index (PMI) fell to 48.2 in May from 50.1.",
        "Analysts had expected the PMI to rise, the institute added.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "PMI"), all(es));
  }

  @Test
  void aCapitalisedWebAddressIsAFirmWhole() {
    List<Entity> es = model("Shop wins patent",
        "Seattle-based Shopzilla.com holds a patent on its checkout, the court heard.",
        "Rivals such as tradeshop.co.uk said nothing.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Shopzilla.com"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "tradeshop.co.uk"), "lower case: " + all(es));
  }
}
