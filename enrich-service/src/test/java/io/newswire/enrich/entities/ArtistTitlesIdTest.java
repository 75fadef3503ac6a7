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
 * A singer named after her trade and nationality is a person with a person's id: the rule's ids went through the
 * organisation/place fallback and came out {@code org:name:…}, so her repeats (with {@code person:name:…}) made a
 * second entity. Sentences written for this test.
 */
class ArtistTitlesIdTest {

  @Test
  void anArtistAfterHerTradeHasAPersonsIdAndOneEntity() {
    List<Entity> es = run("ar", "عنوان",
        "أحيت الفنانة الجزائرية سلمى بوزيدة، حفلا كبيرا في بيروت. وقالت سلمى بوزيدة إنها سعيدة بلقاء جمهورها.");
    List<Entity> persons = es.stream().filter(e -> e.getType() == EntityType.PERSON).toList();
    assertEquals(1, persons.size(), all(es));
    assertTrue(persons.get(0).getId().startsWith("person:"), all(es));
  }
}
