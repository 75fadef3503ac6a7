package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 38 (our own sentences): a body named after its fields goes on past "and" ("the Department for Harbours
 * and Fisheries", "the Office of Roads, Rail and Canals"), unless what follows "and" is a name of its own. A title right
 * after "song", "opera" or "ballad" is a work, but those kinds open no list. A name right after a kind of firm or regulator
 * ("handset maker X", "financial watchdog X") is the body, unless a person's trade or an honorific says otherwise.
 */
class EnglishEntityRound38Test {

  @Test
  void theFieldsAfterAndCloseTheName() {
    String d = "the Department for Harbours and Fisheries said";
    assertEquals(d.indexOf(" said"), AndJoinedBodies.joinedEnd(d, d.indexOf(" and")));
    String l = "the Office of Roads, Rail and Canals spokesman";
    assertEquals(l.indexOf(" spokesman"), AndJoinedBodies.joinedEnd(l, l.indexOf(",")));
    String c = "the Institute for Printing and The Daily Lark";
    assertEquals(-1, AndJoinedBodies.joinedEnd(c, c.indexOf(" and")), "a title opens after and");
    String w = "the Office of Trade, which said";
    assertEquals(-1, AndJoinedBodies.joinedEnd(w, w.indexOf(",")), "a clause, no field");
    String f = "the Board of Grain and Seed Growers Fund Trust said";
    assertEquals(-1, AndJoinedBodies.joinedEnd(f, f.indexOf(" and")), "four capitalised words are no one field");
  }

  @Test
  void theWholeBodyIsOneOrganisation() {
    List<Entity> es = EntityExtractorTest.run("en", "Ports face new checks",
        "A Department for Harbours and Fisheries spokeswoman said the checks would start in May.",
        "The Office of Roads, Rail and Canals said it had not been consulted.");
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Department for Harbours and Fisheries")
        && e.getType() == EntityType.ORGANIZATION), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Office of Roads, Rail and Canals")
        && e.getType() == EntityType.ORGANIZATION), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Department for Harbours")), es.toString());
  }

  @Test
  void aNameOfItsOwnAfterAndIsNoField() {
    List<Entity> es = EntityExtractorTest.run("en", "Talks on farm aid",
        "Officials from the Ministry of Agriculture and Tony Blair met farmers in Carlisle on Monday.");
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Tony Blair")), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().contains("Agriculture and")), es.toString());
  }

  @Test
  void aTitleAfterSongOperaOrBalladIsAWork() {
    List<Entity> es = EntityExtractorTest.run("en", "Choir wins award",
        "The choir sang the ballad Marigold Lane at a concert in Leeds.",
        "Its hit song Harriet Vane sold well, and the company staged the opera Lucinda in York.");
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Marigold Lane")), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Harriet Vane")), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Lucinda")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Leeds")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("York")), es.toString());
  }

  @Test
  void aSongKindOpensNoList() {
    List<Entity> es = EntityExtractorTest.run("en", "Singer dies at 80",
        "Ray Hollis recorded dozens of hits in Memphis.",
        "After his signature song Night Train, Hollis turned to country music.",
        "Hollis later toured Europe.");
    Entity singer = es.stream().filter(e -> e.getName().equals("Ray Hollis")).findFirst().orElseThrow();
    assertEquals(3, singer.getMentions().size(), es.toString());
  }

  @Test
  void aNameAfterAKindOfFirmIsTheBody() {
    assertTrue(FirmKindPersons.cued("a study by handset maker Corvella found", 25, 33));
    assertTrue(FirmKindPersons.cued("the financial watchdog Finwacht said", 23, 31));
    assertFalse(FirmKindPersons.cued("the Dutch film maker Anton Brisk said", 21, 32), "a film maker is a person");
    assertFalse(FirmKindPersons.cued("Documentary maker Anton Brisk said", 18, 29), "a capitalised kind gives no product");
    assertFalse(FirmKindPersons.cued("the rival Anton Brisk won", 10, 21));
    List<Entity> es = EntityExtractorTest.run("en", "Pump faults delay cars",
        "The fault lay in a diesel pump supplied by parts maker Karl Brenner.",
        "Karl Brenner said it would replace the pumps, and Brenner shares fell.",
        "Leading computer games maker Peter Tollan has been made an OBE. Mr Tollan said he was delighted.");
    Entity firm = es.stream().filter(e -> e.getName().equals("Karl Brenner")).findFirst().orElseThrow(
        () -> new AssertionError(es.toString()));
    assertEquals(EntityType.ORGANIZATION, firm.getType(), es.toString());
    assertEquals(3, firm.getMentions().size(), es.toString());
    Entity maker = es.stream().filter(e -> e.getName().equals("Peter Tollan")).findFirst().orElseThrow(
        () -> new AssertionError(es.toString()));
    assertEquals(EntityType.PERSON, maker.getType(), es.toString());
  }
}
