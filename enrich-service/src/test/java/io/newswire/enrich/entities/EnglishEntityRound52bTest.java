package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 52b (our own sentences): a body named in full and later by its bare initials, with no brackets between
 * ("Harwell Marine Instruments Inc said ... HMI said"), is one body under both.
 */
class EnglishEntityRound52bTest {

  private static final EntityExtractor SHIPPED = new EntityExtractor();

  @Test
  void bareInitialsAfterTheFullNameAreTheSameBody() {
    List<Entity> es = SHIPPED.extract(EntityExtractorTest.fields("HARWELL <HMI> TO BUY KESTREL",
        "Harwell Marine Instruments Inc said it agreed to buy Kestrel Tooling Corp for 40 mln dlrs.",
        "HMI, a maker of sonar equipment, said the deal needs the approval of Kestrel holders."), "en");
    Entity body = es.stream().filter(e -> EntityExtractorTest.texts(e).contains("HMI")).findFirst().orElseThrow();
    assertTrue(EntityExtractorTest.texts(body).contains("Harwell Marine Instruments Inc"), es.toString());
    assertEquals(1, EntityExtractorTest.texts(body).stream().filter("HMI"::equals).count(), "the ticker <HMI> stays out");
  }

  @Test
  void bareInitialsOpeningALongerNameAreNoMention() {
    List<Entity> es = SHIPPED.extract(EntityExtractorTest.fields("Harwell plans new sonar",
        "Harwell Marine Instruments Inc said sales rose.",
        "The HMI Seascan sonar sold well, and 300 units were shipped to Norway."), "en");
    assertTrue(es.stream().noneMatch(e -> EntityExtractorTest.texts(e).contains("HMI")), es.toString());
  }

  @Test
  void initialsAreTheCapitalisedWordsWithoutLegalFormOrOpeningThe() {
    assertEquals("HMI", BracketInitials.initialsOf("Harwell Marine Instruments Inc"));
    assertEquals("NFU", BracketInitials.initialsOf("The National Farmers' Union"));
    assertEquals("WADA", BracketInitials.initialsOf("World Anti-Doping Agency"));
    assertNull(BracketInitials.initialsOf("Kestrel Corp"), "one word is no initials");
    assertNull(BracketInitials.initialsOf("HARWELL MARINE"), "a headline in capitals");
  }
}
