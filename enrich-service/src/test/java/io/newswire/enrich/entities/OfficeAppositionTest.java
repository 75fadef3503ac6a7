package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An office in apposition to the name before it ("X, the foreign minister of France,") is that person's office when
 * the dispatch was written, not a reference to the knowledge base's holder of today (round 47, the lead).
 */
class OfficeAppositionTest {
  @Test
  void anOfficeAfterANameAndTheIsThatPersonsOffice() {
    List<Entity> es = run("en", "Talks on the nuclear test",
        "Jean-Marc Ayrault, the foreign minister of France, said the council would meet on Friday.");
    assertTrue(es.stream().anyMatch(e -> e.getName().contains("Ayrault")), all(es));
    assertFalse(es.stream().anyMatch(e -> e.getName().contains("Barrot")), all(es));
  }

  @Test
  void anOfficeWithNoNameBeforeItStillNamesItsHolder() {
    List<Entity> es = EntityExtractorTest.RULES.extract(EntityExtractorTest.fields("Talks on the nuclear test",
        "The council met on Friday. The foreign minister of France said the talks would go on."), "en",
        java.time.LocalDate.of(2025, 3, 1));
    assertTrue(es.stream().anyMatch(e -> e.getName().contains("Barrot")), all(es));
  }
}
