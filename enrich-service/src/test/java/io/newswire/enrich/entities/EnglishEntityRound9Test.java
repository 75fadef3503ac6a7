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

/** Issue 13, English round 9: wire-style towns and states, firms in capitals headlines, "the town of X" (our own sentences). */
class EnglishEntityRound9Test {
  private static void assertType(List<Entity> es, String text, EntityType type) {
    Entity e = mentioned(es, text);
    assertNotNull(e, text + " not found: " + all(es));
    assertEquals(type, e.getType(), text + ": " + all(es));
  }

  @Test
  void aTownAndItsStateAbbreviationInTheBodyAreTwoPlaces() {
    List<Entity> es = model("Marlow Foods buys bakery",
        "Marlow Foods Inc said it bought a bakery from Crestline Baking Co of Tacoma, Wash., for an undisclosed sum.",
        "The mill is near Dayton, Ohio, and the bakery will keep its 80 workers in Albany, N.Y.");
    assertType(es, "Tacoma", EntityType.PLACE);
    assertType(es, "Wash", EntityType.PLACE);
    assertType(es, "Albany", EntityType.PLACE);
    assertType(es, "N.Y", EntityType.PLACE);
    assertType(es, "Crestline Baking Co", EntityType.ORGANIZATION);
  }

  @Test
  void aStateAbbreviationIsTheStateNamedInFull() {
    List<Entity> es = model("Orchard group expands",
        "Harlan Orchards Inc of Fresno, Calif., said it agreed to buy a packing plant in Yakima, Wash., and a depot in Albany, N.Y.",
        "The company said the plant in Yakima would keep its 120 workers.");
    Entity california = mentioned(es, "Calif");
    assertNotNull(california, all(es));
    assertEquals("California", california.getName());
    assertEquals("wikidata:Q99", california.getId(), "the KB's California");
    Entity washington = mentioned(es, "Wash");
    assertNotNull(washington, all(es));
    assertEquals("Washington", washington.getName());
    assertEquals("place:us-state:washington", washington.getId(), "the state, not the KB's city of Washington");
    Entity newYork = mentioned(es, "N.Y");
    assertNotNull(newYork, all(es));
    assertEquals("New York", newYork.getName());
    assertEquals("place:us-state:new-york", newYork.getId(), "not New York City");
  }

  @Test
  void aStateAbbreviationNeedsATownAndPunctuationAfterIt() {
    List<Entity> es = model("Results", "Shares of Halverson, Del Mar Partners and Kerwin rose on Monday.");
    assertNull(mentioned(es, "Del"), "no town-and-state here: " + all(es));
  }

  @Test
  void aFirmOpeningAHeadlineInCapitalsEndsAtItsSuffix() {
    List<Entity> es = model("HALVERSON TOOL INC <HTLX> 2ND QTR NET", "Shr 12 cts vs 20 cts", "Net 410,000 vs 690,000");
    Entity firm = mentioned(es, "HALVERSON TOOL INC");
    assertNotNull(firm, all(es));
    assertEquals(EntityType.ORGANIZATION, firm.getType());
    assertTrue(es.stream().noneMatch(e -> texts(e).stream().anyMatch(t -> t.contains("QTR"))), all(es));
  }

  @Test
  void aCorrectedHeadlineNamesTheFirmAfterTheDash() {
    List<Entity> es = model("CORRECTED - KESTREL MINING CORP SETS DIVIDEND", "Qtly div five cts vs five cts prior");
    assertType(es, "KESTREL MINING CORP", EntityType.ORGANIZATION);
  }

  @Test
  void aFirmLaterInACapitalsHeadlineIsLeftToTheBody() {
    List<Entity> es = model("BANK SELLS UNIT TO KESTREL MINING CORP", "The bank said the sale would close in May.");
    assertNull(mentioned(es, "BANK SELLS UNIT TO KESTREL MINING CORP"), all(es));
  }

  @Test
  void aNameAfterTheTownOfIsAPlace() {
    List<Entity> es = model("Aid agency closes office",
        "The agency said officials in the town of Khorog had closed its office last week.");
    assertType(es, "Khorog", EntityType.PLACE);
  }

  @Test
  void aOneWordOpenerNeedsALowerCaseWordAfterIt() {
    assertTrue(io.newswire.enrich.entities.ner.EnglishModelNamesRound9.verbAfter(new String[] {"Hitzig", "became", "a"}, 1));
    assertTrue(!io.newswire.enrich.entities.ner.EnglishModelNamesRound9.verbAfter(new String[] {"Keane", "'s", "album"}, 1));
    assertTrue(!io.newswire.enrich.entities.ner.EnglishModelNamesRound9.verbAfter(new String[] {"Travis", ",", "the"}, 1));
    assertTrue(!io.newswire.enrich.entities.ner.EnglishModelNamesRound9.verbAfter(new String[] {"Travis"}, 1));
  }

  @Test
  void aSurnameOpeningASentenceBeforeItsVerbIsAPerson() {
    List<Entity> es = model("Coach resigns",
        "Veteran coach Martin Okonkwo resigned on Tuesday after six seasons in charge.",
        "Okonkwo told reporters he would take a break from football.");
    assertType(es, "Okonkwo", EntityType.PERSON);
  }

  @Test
  void aOneWordOrganisationMayOpenASentenceBeforeALowerCaseWord() {
    assertTrue(io.newswire.enrich.entities.ner.EnglishModelNamesRound9.oneOrganisation(new String[] {"Kestrel", "under", "pressure"}, 0));
    assertTrue(!io.newswire.enrich.entities.ner.EnglishModelNamesRound9.oneOrganisation(new String[] {"Kestrel", "'s", "shares"}, 0));
    assertTrue(!io.newswire.enrich.entities.ner.EnglishModelNamesRound9.oneOrganisation(new String[] {"Kestrel", ",", "a"}, 0));
  }
}
