package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One extractor shared by threads gives every thread the single-threaded answer. */
class EntityConcurrencyTest {
  @Test
  void sharedExtractorIsThreadSafe() throws Exception {
    EntityExtractor x = new EntityExtractor();
    List<List<ArticleField>> docs = List.of(
        List.of(new ArticleField("headline", "بزشكيان يستقبل أمير قطر في طهران"),
            new ArticleField("paragraphs[0]", "وقال الشيخ ناصر الهاجري إن الوفد وصل إلى بيروت ثم دمشق.")),
        List.of(new ArticleField("headline", "Minister Johan Fredriksen visits Doha"),
            new ArticleField("paragraphs[0]", "Fredriksen met Reuters editors in Oslo, officials said.")),
        List.of(new ArticleField("headline", "سفر مسعود پزشکیان به قطر"),
            new ArticleField("paragraphs[0]", "امیر قطر در تهران با رئیس‌جمهور دیدار کرد.")));
    List<String> lang = List.of("ar", "en", "fa");
    List<List<Entity>> expected = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      expected.add(x.extract(docs.get(i), lang.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int r = 0; r < 200; r++) {
            int i = r % docs.size();
            if (!x.extract(docs.get(i), lang.get(i)).equals(expected.get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertEquals(true, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
