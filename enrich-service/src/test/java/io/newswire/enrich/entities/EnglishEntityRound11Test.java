package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 11: a firm named for two trades is one firm, a capitals headline's firm before
 * its ticker or with "and Co", a firm's first word alone, nationality nouns before a name (our own sentences).
 */
class EnglishEntityRound11Test {

  @Test
  void aFirmNamedForTwoTradesIsOneFirm() {
    List<Entity> es = model("Chairman attacks raiders",
        "The chairman of Halloway Tire and Rubber\nCo, which fought off a bid last year, said on Monday that raiders harm industry.",
        "Shares of the company rose 2 pct.");
    Entity firm = mentioned(es, "Halloway Tire and Rubber\nCo");
    assertNotNull(firm, all(es));
    assertEquals(EntityType.ORGANIZATION, firm.getType());
    assertNull(mentioned(es, "Rubber\nCo"), all(es));
  }

  @Test
  void twoFirmsJoinedByAndStayTwo() {
    List<Entity> es = model("Bond issue",
        "The issue is led by Dunmore Capital Markets and Fairley Brothers and Co, the bank said.",
        "It pays 8 pct.");
    assertNotNull(mentioned(es, "Dunmore Capital Markets"), all(es));
    assertNotNull(mentioned(es, "Fairley Brothers and Co"), all(es));
  }

  @Test
  void aCapitalsHeadlineKeepsTheAndCoOfTheBodysFirm() {
    List<Entity> es = model("NORTHGATE SELLS STAKE IN MARLOWE AND CO",
        "Northgate Holdings Plc said it had sold its 12 pct stake in Marlowe and Co Plc to institutions.",
        "Marlowe makes woollen cloth.");
    Entity firm = mentioned(es, "MARLOWE AND CO");
    assertNotNull(firm, all(es));
    assertEquals(EntityType.ORGANIZATION, firm.getType());
    assertNull(mentioned(es, "MARLOWE AND"), all(es));
  }

  @Test
  void aFirmBeforeItsTickerInACapitalsHeadline() {
    List<Entity> es = model("HALLOWAY <HLW> CHAIRMAN ATTACKS RAIDERS",
        "The chairman of Halloway Tire and Rubber Co said on Monday that raiders harm industry.",
        "He said the company had cut its payroll by 10 pct.");
    Entity firm = mentioned(es, "HALLOWAY");
    assertNotNull(firm, all(es));
    assertEquals(EntityType.ORGANIZATION, firm.getType());
    assertTrue(mentioned(es, "CHAIRMAN") == null && es.stream().noneMatch(e -> texts(e).contains("HALLOWAY <HLW> CHAIRMAN")), all(es));
    List<Entity> other = model("KERWIN <KRW> IN PACT WITH DALEY",
        "Kerwin Inc said it signed a marketing pact with Daley Systems.",
        "The pact runs for three years.");
    Entity kerwin = mentioned(other, "KERWIN");
    assertNotNull(kerwin, all(other));
    assertEquals(EntityType.ORGANIZATION, kerwin.getType());
  }

  @Test
  void aFirmNamedInCapitalsAndInTheBodyIsCalledAsTheBodyWritesIt() {
    List<Entity> es = model("TELLAMAR CORP <TLM> SETS LEASING PACT",
        "Tellamar Corp said it has arranged a leasing agreement for its computers.",
        "The pact runs for five years, the company said.");
    Entity firm = mentioned(es, "TELLAMAR CORP");
    assertNotNull(firm, all(es));
    assertEquals(firm, mentioned(es, "Tellamar Corp"), all(es));
    assertEquals("Tellamar", firm.getName(), "called without its legal form: " + all(es));
  }

  @Test
  void aFirmTheKbLacksIsCalledWithoutItsLegalForm() {
    assertEquals("Halloway Tire and Rubber", EntityAssembler.withoutLegalForm("Halloway Tire and Rubber\nCo"));
    assertEquals("Marlowe", EntityAssembler.withoutLegalForm("Marlowe and Co Plc"));
    assertEquals("Kestrel Trust and Banking", EntityAssembler.withoutLegalForm("Kestrel Trust and Banking Co Ltd"));
    assertEquals("Dunmore Capital Markets", EntityAssembler.withoutLegalForm("Dunmore Capital Markets"));
    assertEquals("Corp", EntityAssembler.withoutLegalForm("Corp"));
    List<Entity> es = model("Bond issue",
        "Kestrel Mortgage Corp is issuing a 100 mln dlr eurobond, lead manager Fairley Brothers Ltd said.",
        "The bond is guaranteed by its parent.");
    Entity kestrel = mentioned(es, "Kestrel Mortgage Corp");
    assertNotNull(kestrel, all(es));
    assertEquals("Kestrel Mortgage", kestrel.getName(), all(es));
  }

  @Test
  void anEventsFirstWordIsNoFirm() {
    List<Entity> es = model("Awards night",
        "The Pellham Awards will be held in London in March, organisers said.",
        "Pellham winners in past years include several bands from Leeds.");
    Entity first = mentioned(es, "Pellham");
    assertTrue(first == null || first != mentioned(es, "Pellham Awards"), all(es));
  }

  @Test
  void aFirmsFirstWordAloneIsTheFirm() {
    List<Entity> es = model("Lasers link offices",
        "An Indian firm has turned to lasers to link its customers. Brantwell Teleservices is using the lasers in 700 towns.",
        "\"Digging is difficult,\" said an engineer at Brantwell. This has led Pune-based Brantwell to lasers.",
        "Brantwell's network now reaches 1,000 towns, and the lasers have helped Brantwell with its plans.");
    Entity firm = mentioned(es, "Brantwell Teleservices");
    assertNotNull(firm, all(es));
    assertEquals(EntityType.ORGANIZATION, firm.getType());
    long alone = texts(firm).stream().filter("Brantwell"::equals).count();
    assertEquals(4, alone, all(es));
  }

  @Test
  void aNomineeAndHerPlayAreTwoNames() {
    List<Entity> es = model("Theatre nominations",
        "The best actress nominees are Imogen Hartley for Medea and Gillian Ross for The Seagull, the panel said.",
        "The awards will be handed out in London in February.");
    Entity imogen = mentioned(es, "Imogen Hartley");
    assertNotNull(imogen, all(es));
    assertEquals(EntityType.PERSON, imogen.getType());
    assertTrue(es.stream().noneMatch(e -> texts(e).stream().anyMatch(t -> t.contains(" for "))), all(es));
  }

  @Test
  void aBandNamedByItsMembersOrItsKind() {
    List<Entity> es = model("Reality show",
        "Bookmakers have made former Silver Mondays dancer Rez favourite, while Copper Lane guitarist Tam Okoro is second.",
        "The chart prank group Vespa recorded the single in a day.");
    Entity mondays = mentioned(es, "Silver Mondays");
    assertNotNull(mondays, all(es));
    assertEquals(EntityType.ORGANIZATION, mondays.getType());
    Entity lane = mentioned(es, "Copper Lane");
    assertNotNull(lane, all(es));
    assertEquals(EntityType.ORGANIZATION, lane.getType());
    List<Entity> cut = model("Reality show", "Rockin' Crew singer Tam Okoro is second favourite at 2/1, bookmakers said.");
    assertNull(mentioned(cut, "Crew"), "no band from the tail of a name cut at its apostrophe: " + all(cut));
    Entity vespa = mentioned(es, "Vespa");
    assertNotNull(vespa, all(es));
    assertEquals(EntityType.ORGANIZATION, vespa.getType());
  }

  @Test
  void aNationalityWordAloneIsNoName() {
    assertTrue(io.newswire.enrich.entities.names.EnglishNameRecognizer.notAName("Kazakh"));
    assertTrue(io.newswire.enrich.entities.names.EnglishNameRecognizer.notAName("Briton"));
    assertTrue(!io.newswire.enrich.entities.names.EnglishNameRecognizer.notAName("Kazakhstan"));
    List<Entity> es = model("Kazakh grants",
        "The fund gives Kazakh students grants to study abroad, and a Kazakh court upheld its licence on Monday.",
        "Its director, Dana Omarova, said the ruling was fair.");
    assertNull(mentioned(es, "Kazakh"), all(es));
  }

  @Test
  void aGulfOfAPlaceIsOnePlace() {
    List<Entity> es = model("Oil finds",
        "The company has made new discoveries in the Gulf of Mexico and in the Bay of Bengal, it said.",
        "Output from the Isle of Man terminal rose 4 pct.");
    Entity gulf = mentioned(es, "Gulf of Mexico");
    assertNotNull(gulf, all(es));
    assertEquals(EntityType.PLACE, gulf.getType());
    assertNull(mentioned(es, "Mexico"), "the country is no mention of its own here: " + all(es));
    assertNotNull(mentioned(es, "Bay of Bengal"), all(es));
  }

  @Test
  void teamsAroundAScoreAreClubs() {
    List<Entity> es = model("Cup relief",
        "After Harrowgate's 3-0 win over Dunmore, the captain admitted his side had been lucky.",
        "Kestrel, beaten 5-1 by Larne on the field, will now face a replay.",
        "England's 2-1 win over Wales came on Saturday.");
    for (String club : List.of("Harrowgate", "Dunmore", "Larne")) {
      Entity e = mentioned(es, club);
      assertNotNull(e, club + ": " + all(es));
      assertEquals(EntityType.ORGANIZATION, e.getType(), club + ": " + all(es));
    }
    List<Entity> tennis = model("Tennis",
        "Top seed Marcus Vellacott was beaten 6-4 6-3 by Olivier Dumesnil in the second round.",
        "Dumesnil's 6-4 win was his first over a seeded player, and Dumesnil now meets Ivan Petrak.");
    Entity player = mentioned(tennis, "Dumesnil");
    assertTrue(player == null || player.getType() == EntityType.PERSON, "a player's surname is no team: " + all(tennis));
    Entity england = mentioned(es, "England");
    assertNotNull(england, all(es));
    assertEquals(EntityType.PLACE, england.getType(), "a national team is its country: " + all(es));
  }

  @Test
  void aNationalityNounBeforeANameIsNoPartOfIt() {
    List<Entity> es = model("Cross country field",
        "European champion Briton Jane Holloway also runs in Leeds on 15 January, as does in-form Scot Kathy Marlowe.",
        "Last year the Briton beat the field by ten seconds.");
    Entity jane = mentioned(es, "Jane Holloway");
    assertNotNull(jane, all(es));
    assertEquals(EntityType.PERSON, jane.getType());
    assertNull(mentioned(es, "Briton Jane Holloway"), all(es));
    assertNull(mentioned(es, "Briton"), all(es));
    Entity kathy = mentioned(es, "Kathy Marlowe");
    assertNotNull(kathy, all(es));
    assertEquals(EntityType.PERSON, kathy.getType());
  }
}
