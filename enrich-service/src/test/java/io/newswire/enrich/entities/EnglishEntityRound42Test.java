package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 42 (our own sentences): two names joined by a spaced ampersand are one firm, unless they are two places,
 * two different persons or a single letter's pair; a lone organisation word read as a place ("in Parliament") is the body;
 * what stands before a Reuters ticker in angle brackets is a firm.
 */
class EnglishEntityRound42Test {

  private static boolean has(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getName().equals(name));
  }

  @Test
  void namesJoinedByAnAmpersandAreOneFirm() {
    List<Entity> es = EntityExtractorTest.run("en", "Results season",
        "Shares in Procter & Gamble rose on Tuesday, while Johnson & Johnson said its sales would fall.",
        "The accountancy firm Deloitte & Touche audits the group's books.");
    assertTrue(has(es, EntityType.ORGANIZATION, "Procter & Gamble"), es.toString());
    assertTrue(has(es, EntityType.ORGANIZATION, "Johnson & Johnson"), es.toString());
    assertTrue(has(es, EntityType.ORGANIZATION, "Deloitte & Touche"), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Procter") || e.getName().equals("Johnson")), es.toString());
  }

  @Test
  void theSidesAreCapitalisedWordsOnly() {
    assertEquals(0, AmpersandFirms.leftStart("Marks & Spencer", 5));
    assertEquals(10, AmpersandFirms.leftStart("Shares in Tate & Lyle", 14));
    assertEquals(-1, AmpersandFirms.leftStart("soul and R & B", 11));
    assertEquals(15, AmpersandFirms.rightEnd("Tate & Lyle Plc said it", 7));
    assertEquals(11, AmpersandFirms.rightEnd("Tate & Lyle's sugar", 7));
  }

  @Test
  void twoPlacesOrTwoPersonsStayApart() {
    List<Entity> es = EntityExtractorTest.run("en", "Tennis news",
        "Tim Henman beat Andy Murray on Friday. Henman & Murray then flew to Paris & London for talks.");
    assertFalse(es.stream().anyMatch(e -> e.getName().contains("&")), es.toString());
  }

  @Test
  void aPersonsFullNameBesideTheAmpersandIsAPairUnlessAFirmWordEnds() {
    String text = "Zippy & Jamie Oliver opened the show, and David Rubin & Partners audited it.";
    FieldText f = new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
    int jamie = text.indexOf("Jamie");
    int david = text.indexOf("David");
    List<Mention> in = List.of(
        new Mention(0, jamie, jamie + 12, "person:name:jamie-oliver", EntityType.PERSON, "Jamie Oliver", false),
        new Mention(0, david, david + 11, "person:name:david-rubin", EntityType.PERSON, "David Rubin", false));
    List<Mention> out = AmpersandFirms.join(List.of(f), in);
    assertTrue(out.stream().noneMatch(m -> m.name().startsWith("Zippy")), out.toString());
    assertTrue(out.stream().anyMatch(m -> m.name().equals("David Rubin & Partners") && m.type() == EntityType.ORGANIZATION),
        out.toString());
  }

  @Test
  void aLoneOrganisationWordReadAsAPlaceIsTheBody() {
    String text = "The minister will answer questions in Parliament, and the bill goes to Leeds in May.";
    FieldText f = new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
    int parliament = text.indexOf("Parliament");
    int leeds = text.indexOf("Leeds");
    List<Mention> in = List.of(
        new Mention(0, parliament, parliament + 10, "place:name:parliament", EntityType.PLACE, "Parliament", false),
        new Mention(0, leeds, leeds + 5, "place:name:leeds", EntityType.PLACE, "Leeds", false));
    List<Mention> out = BodyWordPlaces.retype(List.of(f), in);
    assertEquals(EntityType.ORGANIZATION, out.get(0).type());
    assertEquals(EntityType.PLACE, out.get(1).type(), "a place name stays a place");
    assertTrue(out.get(0).entityId().startsWith("org:"), out.get(0).entityId());
  }

  @Test
  void aNameBeforeATickerIsAFirm() {
    assertTrue(TickerFirms.tickerAt("DALLAS OIL <DO> SAYS", 10));
    assertFalse(TickerFirms.tickerAt("DALLAS OIL <said> it", 10));
    assertEquals(15, TickerFirms.firmEnd("FRESNO GAS CORP <FGC> NET", 6));
    assertEquals(-1, TickerFirms.firmEnd("FRESNO APPROVES GAS <FGC> RATE", 6));
    List<Entity> es = EntityExtractorTest.run("en", "DENVER OIL <DVO> SETS LOWER PAYOUT",
        "The trust said its monthly payout would fall to 10 cts a unit.");
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION && EntityExtractorTest.texts(e).contains("DENVER OIL")),
        es.toString());
  }
}
