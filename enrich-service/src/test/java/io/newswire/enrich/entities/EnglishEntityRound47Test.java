package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 47 (our own sentences): a knowledge-base town on either side of a fixture's "v" is the club; the names
 * listed with a firm the knowledge base knows are firms.
 */
class EnglishEntityRound47Test {

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void aTownInAFixtureIsTheClub() {
    List<Entity> es = EntityExtractorTest.run("en", "Cup draw",
        "The league sides learned their third-round opponents on Sunday.",
        "Harwick Rovers v Boston",
        "Plymouth v Dorne Athletic");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.contains("Boston"), es.toString());
    assertTrue(orgs.contains("Plymouth"), es.toString());
    assertFalse(texts(es, EntityType.PLACE).contains("Boston"), es.toString());
  }

  @Test
  void namesListedWithAKnownFirmAreFirms() {
    List<Entity> es = EntityExtractorTest.run("en", "Phones on sale",
        "Handsets by Samsung, Kelvane, Ostrova and others will appear in the shops by the end of March, dealers said.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.contains("Kelvane"), es.toString());
    assertTrue(orgs.contains("Ostrova"), es.toString());
  }
}
