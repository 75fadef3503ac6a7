package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 34 (our own sentences): products are no names (Mac, Linux-based, Windows Media Center); a
 * national laboratory and an air line are bodies; "and the" before a second body's head word ends the first body.
 */
class EnglishEntityRound34Test {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  private static boolean named(List<Entity> es, String name) {
    return es.stream().anyMatch(e -> e.getName().equals(name));
  }

  @Test
  void productsAreNoNames() {
    List<Entity> es = EntityExtractorTest.run("en", "New computers unveiled",
        "The Linux-based server runs beside the Mac Mini in the Harwell office, and the Xbox sold well in Glasgow.");
    assertFalse(named(es, "Linux"), es.toString());
    assertFalse(named(es, "Mac Mini"), es.toString());
    assertFalse(named(es, "Xbox"), es.toString());
    assertTrue(has(es, EntityType.PLACE, "Glasgow"), es.toString());
  }

  @Test
  void aProductWordInsideAFirmsNameStays() {
    assertTrue(ProductNames.product("the Mac", 4, 7));
    assertTrue(ProductNames.product("Windows XP Media Center", 0, 23));
    assertTrue(ProductNames.product("a Mac II", 2, 8));
    assertFalse(ProductNames.product("Freddie Mac", 0, 11), "the product word does not open the name");
    assertFalse(ProductNames.product("PC Acquisition Inc", 0, 18), "a firm named after a product");
    assertFalse(ProductNames.product("Mac Format", 0, 10), "a magazine's own word");
    assertFalse(ProductNames.product("the windows", 4, 11), "lower case is another word");
  }

  @Test
  void aNationalLaboratoryAndAnAirLineAreBodies() {
    List<Entity> es = EntityExtractorTest.run("en", "Tests go on",
        "The machine was moved to Harwell Ridge National Laboratory last year.",
        "Shares fell after Corvane Air Lines cut its fares by half.");
    assertTrue(has(es, EntityType.ORGANIZATION, "Harwell Ridge National Laboratory"), es.toString());
    assertTrue(has(es, EntityType.ORGANIZATION, "Corvane Air Lines"), es.toString());
  }

  @Test
  void andTheBeforeASecondBodysHeadWordEndsTheFirstBody() {
    List<Entity> es = EntityExtractorTest.run("en", "Outbreak checked",
        "The Department of Health and the Northfield Public Health Laboratory are testing samples.");
    assertTrue(has(es, EntityType.ORGANIZATION, "Department of Health"), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().contains(" and the ")), es.toString());
    List<Entity> un = EntityExtractorTest.run("en", "Report out",
        "The Economic Commission for Latin America and the Caribbean published its report.");
    assertEquals(1, un.stream().filter(e -> e.getName().contains("Caribbean")).count(), un.toString());
  }

  @Test
  void aPersonOpeningWithTheArticlesOneWordBodyIsItsKin() {
    java.util.Set<String> bodies = java.util.Set.of("Corvane", "Harwell");
    String d = "Corvane said its venture Corvane Telmark grew, Harwell Mills too, but Ruth Corvane left.";
    assertTrue(FirmWordPersons.opensWithBodyWord(d, d.indexOf("Corvane Telmark"), d.indexOf("Corvane Telmark") + 15, bodies));
    assertTrue(FirmWordPersons.opensWithBodyWord(d, d.indexOf("Harwell Mills"), d.indexOf("Harwell Mills") + 13, bodies));
    assertFalse(FirmWordPersons.opensWithBodyWord(d, d.indexOf("Ruth"), d.indexOf("Ruth") + 12, bodies), "a given name first");
    assertFalse(FirmWordPersons.opensWithBodyWord(d, 0, 7, bodies), "the body's word alone");
    assertFalse(FirmWordPersons.opensWithBodyWord("Ruth Marley spoke", 0, 11, java.util.Set.of("Ruth")),
        "a given name that the article also took for a body");
  }
}
