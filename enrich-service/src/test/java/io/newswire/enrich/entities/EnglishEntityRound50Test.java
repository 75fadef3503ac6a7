package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 50 (our own sentences): a capitals headline opening with a firm's first words names the firm the story
 * names whole; a state abbreviated in capitals after its town is the state, named in full.
 */
class EnglishEntityRound50Test {

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  private static List<Entity> reuters(String headline, String dateline, String... paragraphs) {
    List<ArticleField> fs = new java.util.ArrayList<>();
    fs.add(new ArticleField("headline", headline));
    fs.add(new ArticleField("dateline", dateline));
    for (int i = 0; i < paragraphs.length; i++) {
      fs.add(new ArticleField("paragraphs[" + i + "]", paragraphs[i]));
    }
    return new EntityExtractor().extract(fs, "en");
  }

  @Test
  void aCapitalsHeadlineOpeningWithAFirmsFirstWordsNamesTheFirm() {
    List<Entity> es = reuters("HARBROOK STEEL MAKES 12 MLN DLR PURCHASE", "LONDON, March 3",
        "<Harbrook Steel Group Plc> said it agreed to buy <Delmont Tool Co> for 12 mln dlrs in cash.");
    Entity firm = EntityExtractorTest.byName(es, "Harbrook Steel Group");
    assertTrue(EntityExtractorTest.texts(firm).contains("HARBROOK STEEL"), es.toString());
    assertEquals(EntityType.ORGANIZATION, firm.getType(), es.toString());
  }

  @Test
  void notASectorNorAUnitNorAnotherBodysRun() {
    List<Entity> es = reuters("AUSTRALIAN WHEAT EXPORTS RISE IN MAY", "SYDNEY, June 3",
        "Exports rose to 1.2 mln tonnes, the Australian Wheat Board said.");
    assertFalse(texts(es, EntityType.ORGANIZATION).contains("AUSTRALIAN WHEAT"), es.toString());
    es = reuters("CORVANE STEEL UNIT SELLS NOTES", "NEW YORK, March 3",
        "Corvane Steel Finance Corp, a unit of Corvane Steel Corp, said it sold 100 mln dlrs of notes.");
    assertFalse(EntityExtractorTest.texts(EntityExtractorTest.byName(es, "Corvane Steel Finance")).contains("CORVANE STEEL"),
        es.toString()); // the headline's unit is the parent's
  }

  @Test
  void aStateInCapitalsAfterItsTownIsTheState() {
    List<Entity> es = reuters("HARBROOK SETS DIVIDEND", "OAK PARK, ILL., March 2",
        "Harbrook Corp said its board raised the quarterly dividend to 18 cts from 14 cts.");
    Entity state = EntityExtractorTest.byName(es, "Illinois");
    assertEquals(List.of("ILL"), EntityExtractorTest.texts(state), es.toString());
    // a bare LA in running copy is no state
    es = EntityExtractorTest.run("en", "Stars gather", "The singer's show sold out in LA. Tickets went on Monday.");
    assertFalse(es.stream().anyMatch(e -> e.getName().toString().equals("Louisiana")), es.toString());
  }

  @Test
  void aTitleBeforeItsCastIsNoPerson() {
    // the shipped extractor: its English model reads the title as a person
    List<Entity> es = new EntityExtractor().extract(EntityExtractorTest.fields("Films vie for awards",
        "Other films tipped include Rosie Clarke starring Tom Hale as the painter, and the comedy Dry Dock."), "en");
    List<String> persons = texts(es, EntityType.PERSON);
    assertFalse(persons.contains("Rosie Clarke"), es.toString());
    assertTrue(persons.contains("Tom Hale"), es.toString());
  }

  @Test
  void aPluralVerbAfterASentencesOpeningNameMakesItABody() {
    List<Entity> es = new EntityExtractor().extract(EntityExtractorTest.fields("Band tops poll",
        "Grey Harbour have topped a list of the best albums.", "Tom Hale and Ann Reed are among the judges."), "en");
    assertEquals(EntityType.ORGANIZATION, EntityExtractorTest.byName(es, "Grey Harbour").getType(), es.toString());
    List<String> persons = texts(es, EntityType.PERSON);
    assertTrue(persons.contains("Tom Hale") && persons.contains("Ann Reed"), es.toString());
  }
}
