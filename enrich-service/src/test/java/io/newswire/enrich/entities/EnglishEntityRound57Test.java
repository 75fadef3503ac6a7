package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.PartialNameMerger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 57 (our own sentences): a body's short form set between commas after "the" and its name ("the National
 * Water Office, ONAGUA, said"), which need not spell the English name, is that body, and so are its bare repeats; a bare
 * town that opens a local body's name is the town where the article names it as a place.
 */
class EnglishEntityRound57Test {

  private static final EntityExtractor SHIPPED = new EntityExtractor();

  @Test
  void capitalsBetweenCommasAfterABodyAreItsShortForm() {
    List<Entity> es = SHIPPED.extract(EntityExtractorTest.fields("FLOODS CUT ROADS IN NORTH",
        "Heavy rain cut three roads in the north overnight, the National Water Office, ONAGUA, said.\n"
            + "    An ONAGUA engineer said the rivers would fall by the weekend."), "en");
    Entity body = es.stream().filter(e -> EntityExtractorTest.texts(e).contains("National Water Office")).findFirst().orElseThrow();
    assertEquals(2, EntityExtractorTest.texts(body).stream().filter("ONAGUA"::equals).count(), es.toString());
  }

  @Test
  void theShortFormIsReadOnlyWhereItStandsAlone() {
    String d = "rates rose, the National Statistics Office, STATIN, Brown said";
    int at = d.indexOf("National");
    assertEquals("STATIN", BracketInitials.apposed(d, at, at + "National Statistics Office".length()), "a speaker and said after it");
    String list = "lenders such as the Halden Savings Bank, KORVA, Lindqvist Bank and others raised rates";
    at = list.indexOf("Halden");
    assertNull(BracketInitials.apposed(list, at, at + "Halden Savings Bank".length()), "a list goes on with a name");
    String and = "the Halden Savings Bank, KORVA, and two other lenders";
    at = and.indexOf("Halden");
    assertNull(BracketInitials.apposed(and, at, at + "Halden Savings Bank".length()), "a list closed by and");
    String noThe = "shares of Halden Savings Bank, KORVA, rose";
    at = noThe.indexOf("Halden");
    assertNull(BracketInitials.apposed(noThe, at, at + "Halden Savings Bank".length()), "no the before the name");
    String form = "the Halden Savings Bank, PLC, said";
    at = form.indexOf("Halden");
    assertNull(BracketInitials.apposed(form, at, at + "Halden Savings Bank".length()), "a legal form");
  }

  @Test
  void capitalsAnotherBodyHoldsStayThatBody() {
    List<Entity> es = SHIPPED.extract(EntityExtractorTest.fields("LENDERS RAISE RATES",
        "Rates were raised by the Halden Savings Bank, IBM, said traders in Oslo."), "en");
    assertTrue(es.stream().noneMatch(e -> EntityExtractorTest.texts(e).contains("Halden Savings Bank")
        && EntityExtractorTest.texts(e).contains("IBM")), es.toString());
  }

  @Test
  void aBareTownOpeningALocalBodyIsTheTown() {
    String d = "Ann Kelby of the Dunmallow Guest House Association said guests would not come to Dunmallow, and Dunmallow "
        + "traders agreed; the town of Dunmallow lost the autumn conference.";
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(d), 0));
    String body = "Dunmallow Guest House Association";
    Mention whole = mention(d, body, 0, "org:name:dgha", EntityType.ORGANIZATION, body);
    Mention bare = mention(d, "Dunmallow", 1, "org:name:dgha", EntityType.ORGANIZATION, body);
    Mention modifier = mention(d, "Dunmallow", 2, "org:name:dgha", EntityType.ORGANIZATION, body);
    Mention town = mention(d, "Dunmallow", 3, "place:name:dunmallow", EntityType.PLACE, "Dunmallow");
    List<Mention> out = PartialNameMerger.townsOfTheirBodies(fields, List.of(whole, bare, modifier, town), id -> false);
    assertEquals(List.of("org:name:dgha", "place:name:dunmallow", "place:name:dunmallow", "place:name:dunmallow"),
        out.stream().map(Mention::entityId).toList());
    assertEquals(EntityType.PLACE, out.get(1).type());
    // no place reading of the word in the article: the body's short form stays
    assertEquals("org:name:dgha", PartialNameMerger.townsOfTheirBodies(fields, List.of(whole, bare), id -> false).get(1).entityId());
  }

  @Test
  void aFirmsBareFirstWordStaysTheFirmBesideATownOfThatName() {
    String d = "Dunmallow Hydro Co said it cut rates in Dunmallow, and Dunmallow said more cuts would follow.";
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(d), 0));
    Mention whole = mention(d, "Dunmallow Hydro Co", 0, "org:name:dh", EntityType.ORGANIZATION, "Dunmallow Hydro");
    Mention town = mention(d, "Dunmallow", 1, "place:name:dunmallow", EntityType.PLACE, "Dunmallow");
    Mention bare = mention(d, "Dunmallow", 2, "org:name:dh", EntityType.ORGANIZATION, "Dunmallow Hydro");
    assertEquals("org:name:dh", PartialNameMerger.townsOfTheirBodies(fields, List.of(whole, town, bare), id -> false).get(2).entityId());
  }

  /** The {@code n}th occurrence (from 0) of {@code text} in {@code d} as a mention. */
  private static Mention mention(String d, String text, int n, String id, EntityType type, String name) {
    int at = d.indexOf(text);
    for (int k = 0; k < n; k++) {
      at = d.indexOf(text, at + 1);
    }
    return new Mention(0, at, at + text.length(), id, type, name, false);
  }
}
