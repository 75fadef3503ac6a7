package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

  private static String personId(List<Entity> es, String name) {
    return es.stream().filter(e -> e.getType() == EntityType.PERSON && name.equals(e.getName())).map(Entity::getId)
        .findFirst().orElse("none: " + all(es));
  }

  @Test
  void oneIdForThePrimeMinisterInArabicPersianAndEnglishCopy() {
    String ar = personId(run("ar", "عنوان", "وقال رئيس الوزراء العراقي حيدر العبادي إن الحكومة ماضية في الإصلاحات."), "Haider al-Abadi");
    String fa = personId(run("fa", "عنوان", "حیدر العبادی نخست وزیر عراق گفت دولت اصلاحات را ادامه می‌دهد."), "Haider al-Abadi");
    String en = personId(run("en", "Headline", "Iraqi Prime Minister Haider al-Abadi said the government would press on with reforms."),
        "Haider al-Abadi");
    assertEquals(ar, fa);
    assertEquals(ar, en);
  }
}
