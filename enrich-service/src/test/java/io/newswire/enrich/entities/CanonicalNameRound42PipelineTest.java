package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 42 canonical names through the whole extractor: the Russian agency under its 1992–2014 name written as one
 * Persian word, and a club named by its English Wikipedia title (the annotations' convention). Sentences written
 * for these tests.
 */
class CanonicalNameRound42PipelineTest {
  private static String named(List<Entity> es, EntityType type, String text) {
    return es.stream().filter(e -> e.getType() == type && e.getMentions().stream().anyMatch(m -> m.getText().contains(text)))
        .map(e -> e.getId() + " " + e.getName()).findFirst().orElse("none: " + all(es));
  }

  @Test
  void itarTassIsTass() {
    assertEquals("org:tass TASS",
        named(run("fa", "عنوان", "به گزارش ایتارتاس، وزیر خارجه روسیه فردا به تهران سفر می‌کند."), EntityType.ORGANIZATION, "ایتارتاس"));
    assertEquals("org:tass TASS",
        named(run("en", "Title", "Moscow, the ITAR-TASS news agency reported on Monday, will host the talks."), EntityType.ORGANIZATION, "ITAR-TASS"));
  }

  @Test
  void clubsTakeTheirWikipediaTitle() {
    assertEquals("org:psg Paris Saint-Germain F.C.",
        named(run("fa", "عنوان", "باشگاه پاری سن ژرمن قرارداد مهاجم برزیلی خود را تمدید کرد."), EntityType.ORGANIZATION, "پاری سن ژرمن"));
  }

  @Test
  void meccaAfterMintaqaIsMakkahRegionAndTheCityStaysMecca() {
    List<Entity> es = run("ar", "عنوان", "أعلنت الأرصاد هطول أمطار على منطقة مكة المكرمة اليوم، وقال مواطنون في مكة المكرمة إن الطرق سالكة.");
    assertEquals("place:sa:makkah-region Makkah Region", named(es, EntityType.PLACE, "مكة المكرمة"));
    assertEquals(1, es.stream().filter(e -> e.getName().equals("Mecca")).count(), all(es));
  }
}
