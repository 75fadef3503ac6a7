package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
  @Test
  void shippedKnowledgeBaseCoversCountriesCitiesPeopleAndAgencies() {
    KnowledgeBase kb = KnowledgeBase.load((Path) null);
    long countries = kb.entities().stream().filter(e -> e.rank() == 3).count();
    long cities = kb.entities().stream().filter(e -> e.type() == EntityType.PLACE && e.attr("within") != null
        && e.aliases().stream().map(a -> a.lang()).distinct().count() == 3).count();
    assertTrue(countries >= 249, "countries " + countries);
    assertTrue(cities >= 500, "cities with ar/fa/en names " + cities);
    KbEntity iran = kb.get("wikidata:Q794");
    assertEquals("Iran", iran.name());
    assertNotNull(kb.get("person:masoud-pezeshkian"));
    assertNotNull(kb.get("org:irna"));
    // No Q-id is made up for people the data does not carry: slugs instead.
    assertTrue(kb.get("person:tamim-bin-hamad-al-thani").roles().contains("emir@QA"));
  }

  @Test
  void extraDirectoryAddsEntitiesAndAliases(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("local.tsv"), String.join("\n",
        "# a local list",
        "org:acme-port-authority\tORG\tAcme Port Authority\tهيئة ميناء أكمي\tسازمان بندر اکمی\tAcme Port Authority\t",
        "wikidata:Q794\tPLACE\t\tبلاد فارس\t\t\t"));
    KnowledgeBase kb = KnowledgeBase.load(dir);
    EntityExtractor x = new EntityExtractor(kb, null);
    List<Entity> es = x.extract(List.of(new ArticleField("headline", "عنوان"),
        new ArticleField("paragraphs[0]", "أعلنت هيئة ميناء أكمي أن بلاد فارس شريك.")), "ar");
    assertTrue(es.stream().anyMatch(e -> e.getId().equals("org:acme-port-authority")));
    Entity iran = es.stream().filter(e -> e.getId().equals("wikidata:Q794")).findFirst().orElseThrow();
    assertEquals("Iran", iran.getName(), "a merged row without a name keeps the shipped one");
  }

  @Test
  void statisticalModelIsShippedAndFindsANameOutsideTheKnowledgeBase() {
    EntityExtractor x = new EntityExtractor();
    List<Entity> es = x.extract(List.of(new ArticleField("headline", "عنوان"),
        new ArticleField("paragraphs[0]", "وقال المتحدث باسم الوزارة سليم الخطيب للصحفيين إن الاجتماع سيعقد في بيروت.")), "ar");
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.PERSON && e.getId().startsWith("person:name:")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Beirut")));
  }
}
