package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 41 (our own sentences): an organisation word that is also a common surname (Church, Court, Banks)
 * after a given name ends a person's name; a name spelled out before a product's initials in brackets is the product,
 * no body, and its initials are not given back to it.
 */
class EnglishEntityRound41Test {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  @Test
  void aGivenNameThenASurnameLikeBodyWordIsAPerson() {
    List<Entity> es = EntityExtractorTest.run("en", "Singer to tour",
        "Welsh singer Charlotte Church will tour Japan in May, and the tennis great Margaret Court will present the trophy.");
    assertTrue(has(es, EntityType.PERSON, "Charlotte Church"), es.toString());
    assertTrue(has(es, EntityType.PERSON, "Margaret Court"), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION), es.toString());
  }

  @Test
  void aBodyWithAnotherBodyWordOrNoGivenNameStaysABody() {
    List<Entity> es = EntityExtractorTest.run("en", "Court ruling",
        "The Supreme Court ruled on Monday, and the Church of England welcomed the ruling.");
    assertTrue(has(es, EntityType.ORGANIZATION, "Supreme Court"), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION && e.getName().startsWith("Church of England")),
        es.toString());
  }

  @Test
  void aNameSpelledOutBeforeAProductsInitialsIsTheProduct() {
    assertTrue(ProductNames.spelledOut("via Liquid Crystal Display (LCD) screens", 26));
    assertFalse(ProductNames.spelledOut("the Food Standards Agency (FSA) said", 25));
    List<Entity> es = EntityExtractorTest.run("en", "Broadband grows",
        "Homes in Britain hook up via Asymmetric Digital Subscriber Line (ADSL) technology, the regulator Ofcom said.",
        "ADSL lines now reach most towns.");
    assertFalse(es.stream().anyMatch(e -> e.getName().contains("ADSL") || e.getName().contains("Asymmetric")), es.toString());
    assertTrue(has(es, EntityType.PLACE, "Britain") || has(es, EntityType.PLACE, "United Kingdom"), es.toString());
  }
}
