package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 46 (our own sentences): a member's seat after "MP for" is a place, apart from the party before the
 * member word; a firm named "X Brothers" and a comics publisher are organisations; two firms named in full around "and"
 * are two; "Another" opens a sentence, not a name; Moody's grades in capitals with a notch are no names; a firm named by
 * dotted initials keeps its head after the initials' stop.
 */
class EnglishEntityRound46Test {

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void aMembersSeatIsAPlace() {
    List<Entity> es = EntityExtractorTest.run("en", "Member quits",
        "Jane Harwood, MP for Kestleton in Wessex, said she would stand down at the next election.");
    assertTrue(texts(es, EntityType.PLACE).contains("Kestleton"), es.toString());
  }

  @Test
  void aPartyMemberForASeatIsThePartyAndThePlace() {
    List<Entity> es = EntityExtractorTest.run("en", "Member quits",
        "\"We were not told,\" the Labour MP for Thorne Vale asked ministers on Monday.");
    assertFalse(texts(es, EntityType.ORGANIZATION).stream().anyMatch(t -> t.contains("MP for")), es.toString());
    assertTrue(texts(es, EntityType.PLACE).contains("Thorne Vale"), es.toString());
  }

  @Test
  void brothersAndComicsNameBodies() {
    List<Entity> es = EntityExtractorTest.run("en", "Studio deal",
        "The rights went to Pellam Brothers, said Anna Kirsch, an analyst in London.",
        "Its next Harrowgate Comics adaptation will follow in May.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.contains("Pellam Brothers"), es.toString());
    assertTrue(orgs.contains("Harrowgate Comics"), es.toString());
  }

  @Test
  void twoFirmsInFullAroundAndAreTwo() {
    List<Entity> es = EntityExtractorTest.run("en", "Notes sold",
        "Harwick Corp sold 100 mln dlrs of notes. Pellam Dorne and Corvane Lister Brothers co-managed the deal.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.contains("Corvane Lister Brothers"), es.toString());
    assertFalse(orgs.stream().anyMatch(t -> t.contains(" and ")), es.toString());
  }

  @Test
  void aBodyOfAnAndJoinedNameStaysWhole() {
    List<Entity> es = EntityExtractorTest.run("en", "Panel report",
        "The report was written for the Harwick-Dorne Economic and Security Review Commission last year.");
    assertTrue(texts(es, EntityType.ORGANIZATION).stream().anyMatch(t -> t.endsWith("Economic and Security Review Commission")),
        es.toString());
  }

  @Test
  void anotherOpensASentence() {
    List<Entity> es = EntityExtractorTest.run("en", "Studio deal",
        "Another Harrowgate Comics adaptation will follow in May.");
    assertTrue(texts(es, EntityType.ORGANIZATION).contains("Harrowgate Comics"), es.toString());
  }

  @Test
  void aGradeInCapitalsWithANotchIsNoName() {
    // the shipped extractor: its knowledge base knows BAA, the airport operator
    List<Entity> es = new EntityExtractor().extract(EntityExtractorTest.fields("Ratings cut",
        "Moody's said it cut Harwick Corp's senior debt to BA-1 from BAA-3."), "en");
    assertFalse(es.stream().flatMap(e -> EntityExtractorTest.texts(e).stream()).anyMatch(t -> t.startsWith("BA")),
        es.toString());
  }

  @Test
  void dottedInitialsKeepTheirFirmsHead() {
    List<Entity> es = EntityExtractorTest.run("en", "Unit sold",
        "Its engine unit was recently bought by K.T. Industries.", "R.D. Resources said it would buy the rest.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.contains("K.T. Industries"), es.toString());
    assertTrue(orgs.contains("R.D. Resources"), es.toString());
  }
}
