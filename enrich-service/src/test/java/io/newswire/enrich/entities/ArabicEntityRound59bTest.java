package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 59, second part (Arabic entities): common words read as names. Sentences written for these tests. */
class ArabicEntityRound59bTest {
  private static final EntityExtractor WITH_MODEL =
      new EntityExtractor(EntityExtractorTest.KB, PerceptronTagger.loadShipped("ar"));

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

  @Test
  void aBareAqsarAloneIsNoPlace() {
    // without a Luxor in the text the tagger reads the elative as a place (Uqsur): the table must drop it
    List<Entity> es = WITH_MODEL.extract(EntityExtractorTest.fields("نقل", "ويعد هذا الممر أقصر طريق بين الميناءين، وفق خبراء النقل."), "ar");
    assertFalse(anyMention(es, EntityType.PLACE, "أقصر"), all(es));
  }
}
