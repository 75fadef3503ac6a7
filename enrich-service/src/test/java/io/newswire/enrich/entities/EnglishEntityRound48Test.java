package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 48 (our own sentences): British channels named by their digits, Japanese electronics makers, Sony's
 * units and partner-named brokers are knowledge-base organisations; a Reuters ticker with an exchange suffix is no
 * mention, also where a knowledge-base name ends at its stop; a town or country after a given name is a surname.
 */
class EnglishEntityRound48Test {

  private static List<String> texts(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void channelsNamedByTheirDigitsAreTheBroadcasters() {
    List<Entity> es = EntityExtractorTest.run("en", "Ratings slip",
        "The quiz moved from BBC2 to BBC1 in the autumn, while Channel 4 kept its Friday film.");
    assertEquals("BBC Two", EntityExtractorTest.byName(es, "BBC2").getName(), es.toString());
    assertEquals("BBC One", EntityExtractorTest.byName(es, "BBC1").getName(), es.toString());
    assertTrue(texts(es, EntityType.ORGANIZATION).contains("Channel 4"), es.toString());
  }

  @Test
  void electronicsMakersAndSonysUnitsAreFirms() {
    List<Entity> es = EntityExtractorTest.run("en", "Players on sale",
        "Recorders made by Toshiba, Hitachi and Aiwa went on sale in Osaka on Monday.",
        "Sony Ericsson said its new handset would follow in June.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertTrue(orgs.containsAll(List.of("Toshiba", "Hitachi", "Aiwa")), es.toString());
    assertFalse(texts(es, EntityType.PLACE).contains("Hitachi"), es.toString());
    assertEquals("Sony Ericsson", EntityExtractorTest.byName(es, "Sony Ericsson").getName(), es.toString());
    assertFalse(orgs.contains("Sony"), es.toString());
  }

  @Test
  void aPartnerNamedBrokerIsOneFirm() {
    List<Entity> es = EntityExtractorTest.run("en", "Notes priced",
        "The issue is being managed by Merrill Lynch, Pierce, Fenner and Smith Inc, the company said.");
    List<String> orgs = texts(es, EntityType.ORGANIZATION);
    assertFalse(orgs.contains("Fenner"), es.toString());
    assertFalse(orgs.contains("Pierce"), es.toString());
    assertEquals("Merrill Lynch", EntityExtractorTest.byName(es, "Merrill Lynch").getName(), es.toString());
  }

  @Test
  void aTickerWithAnExchangeSuffixIsNoMention() {
    String d = "HAARLEM, May 5 - KLM Royal Dutch Airlines <KLM.A> said its March traffic rose eight pct.";
    int k = d.indexOf("<KLM.A>") + 1;
    assertTrue(ShapeNotNames.ticker(d, k, k + 3), "the name before the exchange suffix");
    assertTrue(ShapeNotNames.ticker(d, k, k + 5), "the whole ticker");
    assertFalse(ShapeNotNames.ticker("Shares of <Velmar Holdings> rose", 11, 17), "a name in brackets");
    List<Entity> es = EntityExtractorTest.run("en", "Airline traffic", d);
    assertFalse(texts(es, EntityType.ORGANIZATION).contains("KLM"), es.toString());
  }

  @Test
  void aPlaceAfterAGivenNameIsASurname() {
    List<Entity> es = EnglishEntityRound7Test.model("Rules clear",
        "Regulator Helen Ireland said the rules were clear.");
    assertFalse(texts(es, EntityType.PLACE).contains("Ireland"), es.toString());
    assertTrue(texts(es, EntityType.PERSON).contains("Helen Ireland"), es.toString());
    assertEquals(-1, GivenNamePlaces.givenNameStart("flights from Dallas to Houston", 13, 19), "no given name before");
    assertEquals(-1, GivenNamePlaces.givenNameStart("the Sunday Times", 11, 16), "not a given name");
  }
}
