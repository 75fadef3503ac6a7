package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 47 (Persian organisations): entities on sentences written for these tests. */
class PersianEntityRound47Test {

  // kb/curated/organizations-more.tsv: Iran Khodro, a company whose name begins with the country's.

  @Test
  void carmakerIsOneCompanyNotTheCountry() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرعامل شرکت ایران خودرو گفت: تولید ایران خودرو در ماه آینده افزایش می‌یابد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "شرکت ایران خودرو"), all(es));
    assertEquals("Iran Khodro", found(es, "ایران خودرو", EntityType.ORGANIZATION).getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "ایران"), all(es));
  }
}
