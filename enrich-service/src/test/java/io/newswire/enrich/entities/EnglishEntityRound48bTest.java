package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 48b (issue 13, our own sentences): Tony Blair's and Gordon Brown's surname aliases (~Blair, ~Brown) take Mr Blair and Mr Brown, but not a name
 * of another bearer (an actress, the premier's wife, a later Mrs Blair), which stays a person of its own.
 */
class EnglishEntityRound48bTest {
  /** With the shipped English tagger, which reads an unlisted given name and the surname as one name. */
  private static final EntityExtractor WITH_MODEL = new EntityExtractor(EntityExtractorTest.KB, null, null,
      io.newswire.enrich.entities.ner.PerceptronTagger.loadShipped("en"));

  @Test
  void mrBlairIsTheKbPerson() {
    List<Entity> es = EntityExtractorTest.run("en", "Minimum wage to rise",
        "Speaking in Leeds, Mr Blair said the new rate would help two million workers.");
    assertEquals("person:tony-blair", EntityExtractorTest.byName(es, "Blair").getId(), es.toString());
  }

  @Test
  void anotherBearersNameStaysHers() {
    List<Entity> es = WITH_MODEL.extract(EntityExtractorTest.fields("Awards night",
        "The prizes were handed out by actors Zelda Blair and Dennis Quaid in Los Angeles."), "en");
    assertEquals("Zelda Blair", EntityExtractorTest.byName(es, "Zelda Blair").getName(), es.toString());
    es = EntityExtractorTest.run("en", "Lecture tour",
        "Cherie Blair spoke to students in Washington on Tuesday.",
        "Aides said Mrs Blair had written the speech herself.");
    Entity mrs = EntityExtractorTest.byName(es, "Blair");
    assertNotEquals("person:tony-blair", mrs.getId(), es.toString());
  }

  @Test
  void mrBrownIsTheChancellorUnlessTheStoryNamesAnotherBrown() {
    List<Entity> es = EntityExtractorTest.run("en", "Budget date set",
        "Mr Brown has headed the Treasury's planning for the spring statement.");
    assertEquals("person:gordon-brown", EntityExtractorTest.byName(es, "Brown").getId(), es.toString());
    es = EntityExtractorTest.run("en", "Musical planned",
        "The producer is working with Steve Brown, who wrote two revues.",
        "The rights came after Mr Brown's first hit.");
    assertNotEquals("person:gordon-brown", EntityExtractorTest.byName(es, "Brown").getId(), es.toString());
  }
}
