package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 43 (our own sentences): a firm's name with a legal form and its "of" town keeps its opening "First"; the
 * firm's bare repeats that open with that word ("First Chicago said") are the firm again; a plural noun and "of" opening
 * a sentence are not part of a firm's name that ends in a legal form.
 */
class EnglishEntityRound43Test {

  private static List<String> orgTexts(List<Entity> es) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void aFirmWithItsTownAfterTheLegalFormKeepsItsFirstWord() {
    List<Entity> es = EntityExtractorTest.run("en", "Bank deal",
        "The lender said it had sold its card business to First Chicago Corp of Illinois for 40 mln dlrs.");
    assertTrue(orgTexts(es).contains("First Chicago Corp of Illinois"), es.toString());
    assertFalse(orgTexts(es).contains("Chicago Corp of Illinois"), es.toString());
  }

  @Test
  void aPersonOfTheFirmStaysAPerson() {
    List<Entity> es = EntityExtractorTest.run("en", "Software sales",
        "Sales will grow, said Mary Hollis of Westbrook Data Corp of Denver, who follows the industry.");
    assertFalse(orgTexts(es).stream().anyMatch(t -> t.contains("Mary")), es.toString());
    assertTrue(orgTexts(es).contains("Westbrook Data Corp of Denver"), es.toString());
  }

  @Test
  void aPluralNounAndOfOpeningTheSentenceAreNotTheFirms() {
    List<Entity> es = EntityExtractorTest.run("en", "Storm damage",
        "High winds struck the coast on Monday.",
        "Warehouses of the Northfield Shipping Company near the harbour were shut.");
    assertTrue(orgTexts(es).contains("Northfield Shipping Company"), es.toString());
    assertFalse(orgTexts(es).stream().anyMatch(t -> t.startsWith("Warehouses")), es.toString());
  }

  @Test
  void theBareRepeatsOfAFirstFirmAreTheFirm() {
    List<Entity> es = EntityExtractorTest.run("en", "Bank deal",
        "First Chicago Corp said on Monday it would buy a bank in Ohio.",
        "Under the terms of the deal, First Chicago will pay 12 dlrs a share, a spokesman for First Chicago added.");
    Entity firm = EntityExtractorTest.byName(es, "First Chicago Corp");
    assertNotNull(firm, es.toString());
    assertEquals(List.of("First Chicago Corp", "First Chicago", "First Chicago"),
        EntityExtractorTest.texts(firm).stream().sorted((a, b) -> b.length() - a.length()).toList(), es.toString());
  }

  @Test
  void shortFormsNeedAnOpenerAndALegalForm() {
    assertEquals(List.of("First Union"), OpenerFirmRepeats.shortForms("First Union Corp"));
    assertEquals(List.of("First Financial Management", "First Financial"),
        OpenerFirmRepeats.shortForms("First Financial Management Corp"));
    assertEquals(List.of(), OpenerFirmRepeats.shortForms("Boston Edison Co")); // no opener word leads
    assertEquals(List.of(), OpenerFirmRepeats.shortForms("The Chicago Board")); // "the", and no legal form
    assertEquals(List.of(), OpenerFirmRepeats.shortForms("First National Bank")); // no legal form
  }
}
