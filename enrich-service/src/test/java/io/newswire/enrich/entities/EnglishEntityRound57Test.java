package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 57 (our own sentences): a body's short form set between commas after "the" and its name ("the National
 * Water Office, ONAGUA, said"), which need not spell the English name, is that body, and so are its bare repeats.
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
}
