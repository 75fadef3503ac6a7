package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 40b (our own sentences): a name whose possessive owns what only a firm has (shares, a chief executive,
 * pre-tax profits) or that follows "shares in" is a firm, not a person; consoles and television or telephone standards
 * (PSP, HDTV, GSM) are products, no body; an
 * untyped name after a band's kind or before a member's role is the band.
 */
class EnglishEntityRound40bTest {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  @Test
  void aFirmsOwnWordsAfterThePossessiveAreTheCue() {
    assertTrue(FirmSignPersons.cued("Halvorsen's shares fell 4%.", 0, 9));
    assertTrue(FirmSignPersons.cued("Halvorsen's chief executive quit.", 0, 9));
    assertTrue(FirmSignPersons.cued("Halvorsen's pre-tax profits rose.", 0, 9));
    assertTrue(FirmSignPersons.cued("Traders sold shares in Halvorsen on Monday.", 23, 32));
    assertFalse(FirmSignPersons.cued("Halvorsen's chief rival won.", 0, 9));
    assertFalse(FirmSignPersons.cued("Halvorsen's sales doubled after the tour.", 0, 9));
    assertFalse(FirmSignPersons.cued("Halvorsen's shareholding grew.", 0, 9));
    assertFalse(FirmSignPersons.cued("Halvorsen said the shares were cheap.", 0, 9));
  }

  @Test
  void aPersonNamedWithAGivenNameOrMrKeepsBeingAPerson() {
    List<Entity> es = EntityExtractorTest.run("en", "Investor sells stake",
        "Investor Thomas Brackley sold his stake on Monday, Mr Brackley said.",
        "Brackley's shares were worth more than 10m dollars.");
    assertFalse(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION && e.getName().contains("Brackley")),
        es.toString());
  }

  @Test
  void consolesAndStandardsAreProducts() {
    assertTrue(ProductNames.product("The PSP goes on sale.", 4, 7));
    assertTrue(ProductNames.product("HDTV sets", 0, 4));
    assertTrue(ProductNames.product("GSM phones", 0, 3));
    List<Entity> es = EntityExtractorTest.run("en", "Handheld console on sale",
        "The PSP goes on sale in Europe in March, and HDTV sets and GSM phones are cheaper this year.");
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("PSP") || e.getName().equals("HDTV") || e.getName().equals("GSM")),
        es.toString());
    assertTrue(has(es, EntityType.PLACE, "Europe"), es.toString());
  }

  @Test
  void anUntypedNameAfterABandsKindOrBeforeAMembersRoleIsTheBand() {
    List<Entity> es = EntityExtractorTest.run("en", "Indie act tops chart",
        "Indie band Velvetines topped the chart on Sunday with their second record.",
        "Velvetines frontman Tom Reed said the group would tour in the spring.");
    assertTrue(has(es, EntityType.ORGANIZATION, "Velvetines"), es.toString());
    assertTrue(has(es, EntityType.PERSON, "Tom Reed"), es.toString());
  }
}
