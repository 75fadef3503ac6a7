package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 59, second part (Arabic entities): common words read as names. Sentences written for these tests. */
class ArabicEntityRound59bTest {
  private static boolean anyMention(List<Entity> es, EntityType type, String text) {
    return es.stream().anyMatch(e -> e.getType() == type && e.getMentions().stream().anyMatch(m -> m.getText().equals(text)));
  }

  @Test
  void aBareAqsarIsTheElativeAndLuxorStays() {
    List<Entity> es = run("ar", "سياحة",
        "واختار الوفد أقصر طريق إلى المعابد في أقصر وقت ممكن، ثم زار مدينة الأقصر في صعيد مصر.");
    assertFalse(anyMention(es, EntityType.PLACE, "أقصر"), all(es));
    assertTrue(anyMention(es, EntityType.PLACE, "الأقصر"), all(es));
  }
}
