package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 33 (our own sentences): a country's dotted initials before a national body's name are part of it
 * for departments, courts and the bodies named by their head alone, the convention the development files follow.
 */
class EnglishEntityRound33Test {

  private static Mention place(int at) {
    return new Mention(1, at, at + 4, "place:name:united-states", EntityType.PLACE, "United States", false);
  }

  private static Mention body(String d, String name) {
    int at = d.indexOf(name);
    return new Mention(1, at, at + name.length(), "org:name:" + name.toLowerCase(), EntityType.ORGANIZATION, name, false);
  }

  @Test
  void theInitialsOpenADepartmentACourtAndAOneWordNationalBody() {
    String d = "The U.S. Commerce Department and the U.S. Navy said a U.S. District Court had ruled, the U.S. Embassy added.";
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Ruling stands", d));
    List<Mention> in = List.of(place(d.indexOf("U.S. Commerce")), body(d, "Commerce Department"), place(d.indexOf("U.S. Navy")),
        body(d, "Navy"), place(d.indexOf("U.S. District")), body(d, "District Court"), place(d.indexOf("U.S. Embassy")),
        body(d, "Embassy"));
    List<Mention> out = DottedCountryBodies.join(fields, in);
    assertEquals(4, out.size(), out.toString());
    for (Mention m : out) {
      assertEquals(EntityType.ORGANIZATION, m.type());
      assertTrue(d.startsWith("U.S. ", m.start()), m.toString());
    }
    assertEquals("org:name:commerce department", out.get(0).entityId(), "the body keeps its entity");
  }

  @Test
  void notAGovernmentNorAFirmNorALowerCaseCourt() {
    String d = "The U.S. Government, U.S. Steel and the U.S. Bankruptcy court were named, and U.S. Gypsum Corp.";
    assertFalse(DottedCountryBodies.officialBody(d, body(d, "Government")), "a government is the country (r12)");
    assertFalse(DottedCountryBodies.officialBody(d, body(d, "Steel")), "a one-word firm");
    assertFalse(DottedCountryBodies.officialBody(d, body(d, "Bankruptcy")), "a described court, not a name");
    String caps = "U.S. NAVY TO BUY SHIPS";
    assertFalse(DottedCountryBodies.officialBody(caps, body(caps, "NAVY")), "a headline in capitals");
    String e = "a U.S. Agriculture Department report";
    assertTrue(DottedCountryBodies.officialBody(e, body(e, "Agriculture Department")));
    String of = "the U.S. Department of Labor and the U.S. District Court for the District of Maine, not U.S. Bank of Ohio";
    assertTrue(DottedCountryBodies.officialBody(of, body(of, "Department of Labor")));
    assertTrue(DottedCountryBodies.officialBody(of, body(of, "District Court for the District of Maine")));
    assertFalse(DottedCountryBodies.officialBody(of, body(of, "Bank of Ohio")), "a bank is no national body's head");
  }

  // A middle initial after a title that opens the capitalised run (the lead's fix after the round).

  @Test
  void aMiddleInitialAfterATitleStaysInTheName() {
    List<io.newswire.schema.Entity> es = EntityExtractorTest.run("en", "Budget approved",
        "Mayor Robert D. Hormats said on Monday the city budget was sound.");
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.PERSON && e.getName().equals("Robert D. Hormats")),
        es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Robert D")), es.toString());
  }
}
