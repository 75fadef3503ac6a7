package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 40 canonical names through the whole extractor: a body named after New York or Washington takes the city's
 * short name (the KB names the cities New York City and Washington, D.C.).
 * Sentences written for these tests.
 */
class CanonicalNameRound40PipelineTest {
  private static boolean named(List<Entity> es, EntityType type, String name) {
    return es.stream().anyMatch(e -> e.getType() == type && name.equals(e.getName()));
  }

  @Test
  void aBodyNamedAfterNewYorkTakesTheCitysShortName() {
    List<Entity> es = run("ar", "عنوان", "ارتفعت أسهم شركات التقنية في بورصة نيويورك للأوراق المالية أمس.");
    assertTrue(named(es, EntityType.ORGANIZATION, "New York Stock Exchange"), all(es));
  }
}
