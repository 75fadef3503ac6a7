package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 55, second part (our own sentences): a knowledge-base firm opening a longer firm name closed by a
 * legal form of its own names a subsidiary, an organisation of its own (SubsidiaryNames); the parent's group,
 * holding company and formal words keep the parent.
 */
class EnglishEntityRound55bTest {

  private static final EntityExtractor SHIPPED = new EntityExtractor();

  private static List<Entity> shipped(String... paragraphs) {
    return SHIPPED.extract(EntityExtractorTest.fields(paragraphs), "en");
  }

  private static Entity holding(List<Entity> es, String text) {
    return es.stream().filter(e -> EntityExtractorTest.texts(e).contains(text)).findFirst().orElse(null);
  }

  @Test
  void aSubsidiaryWithItsOwnLegalFormIsItsOwnFirm() {
    List<Entity> es = shipped("Lender signs computer deal",
        "Harwick Data Inc said it had signed a five-year leasing agreement with Wells Fargo Leasing Corp.",
        "The unit of Wells Fargo and Co will finance the machines, Harwick said.");
    Entity unit = holding(es, "Wells Fargo Leasing Corp");
    assertNotNull(unit, es.toString());
    assertEquals(EntityType.ORGANIZATION, unit.getType());
    assertFalse(unit.getId().equals("org:wells-fargo"), es.toString());
    assertEquals("org:wells-fargo", holding(es, "Wells Fargo and Co").getId(), es.toString());
  }

  @Test
  void theParentsGroupOrFormalNameKeepsTheParent() {
    List<Entity> es = shipped("Brokers underwrite offering",
        "The offering was managed by Morgan Stanley Group Inc, while Honda Motor Co Ltd bought half of the shares.");
    assertEquals("org:morgan-stanley", holding(es, "Morgan Stanley Group Inc").getId(), es.toString());
    assertEquals("org:honda", holding(es, "Honda Motor Co Ltd").getId(), es.toString());
  }

  @Test
  void ownWordsBeforeTheLegalForm() {
    assertTrue(SubsidiaryNames.ownName("Siemens Public Switching Systems Inc", 7, 36));
    assertTrue(SubsidiaryNames.ownName("Volkswagen U.S. Inc", 10, 19));
    assertFalse(SubsidiaryNames.ownName("Reuters Holdings Plc", 7, 20));
    assertFalse(SubsidiaryNames.ownName("Goldman, Sachs and Co", 14, 21));
    assertFalse(SubsidiaryNames.ownName("Nomura Securities Co Ltd", 6, 24));
    assertFalse(SubsidiaryNames.ownName("Siemens Public Switching", 7, 24)); // no legal form of its own
  }
}
