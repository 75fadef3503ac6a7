package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 45 (our own sentences): a conference, contest, expo or festival is an event in any article, not an
 * organisation, nor its bare repeats; a firm's dotted legal form keeps its last stop.
 */
class EnglishEntityRound45Test {

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void aConferenceIsAnEventNotABody() {
    List<Entity> es = EntityExtractorTest.run("en", "New chip shown",
        "Details of the chip will be given at the International Harwick Circuits Conference in Boston next month.");
    assertFalse(texts(es, EntityType.ORGANIZATION).stream().anyMatch(t -> t.contains("Conference")), es.toString());
    assertTrue(texts(es, EntityType.PLACE).contains("Boston"), es.toString());
  }

  @Test
  void aContestIsAnEventOutsideSportToo() {
    List<Entity> es = EntityExtractorTest.run("en", "Song hopes",
        "Stars of the International Song Contest are to compete against each other in May.",
        "Past International Song Contest winners will be on the bill.");
    assertFalse(texts(es, EntityType.ORGANIZATION).stream().anyMatch(t -> t.contains("Contest")), es.toString());
  }

  @Test
  void aContestsBareRepeatGoesWithIt() {
    // the shipped extractor: its model finds the contest's name and links the bare repeat to it
    List<Entity> es = new EntityExtractor().extract(EntityExtractorTest.fields("Eurovision 'greats' to meet",
        "Stars of the Eurovision Song Contest are to compete.", "Past Eurovision performers include Anna Berg."), "en");
    assertTrue(texts(es, EntityType.ORGANIZATION).isEmpty(), es.toString());
    assertTrue(texts(es, EntityType.PERSON).contains("Anna Berg"), es.toString());
  }

  @Test
  void aDottedLegalFormKeepsItsLastStop() {
    List<Entity> es = EntityExtractorTest.run("en", "Stake sold",
        "Harwick Holdings N.V. said on Monday it had sold its stake in the venture.",
        "The shares went to Corvane Partners L.P.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.contains("Harwick Holdings N.V."), es.toString());
    assertTrue(orgs.contains("Corvane Partners L.P."), es.toString());
  }
}
