package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.Enricher;
import io.newswire.enrich.eval.GoldEntityEvaluation;
import io.newswire.enrich.quotes.QuoteExtractor;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.schema.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed dispatch against its hand annotation: reads the shared data, skips without it. */
class EntitySeedGoldTest {
  static final EntityExtractor EXTRACTOR = new EntityExtractor();

  static EnrichedArticle enrich(String text) {
    try {
      var parsed = new DispatchParser().parse(new RawDispatch("seed", text.getBytes(StandardCharsets.UTF_8),
          Map.of(RawDispatch.SOURCE, "test"), 0L));
      return new Enricher(EXTRACTOR, new QuoteExtractor(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).enrich(parsed);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void seedEntitiesMatchGold() throws Exception {
    Path gold = SharedData.require("seed/mehr-ar-pezeshkian-qatar.gold.json");
    GoldEntityEvaluation.Report r = GoldEntityEvaluation.run(gold, EntitySeedGoldTest::enrich);
    r.print(System.out, true);
    EnrichedArticle a = enrich(GoldEntityEvaluation.readGold(gold).get(0).path("text").asText());
    a.getEntities().forEach(e -> System.out.println(e.getId() + " " + e.getType() + " " + e.getName() + " " + e.getSalience()
        + " " + e.getMentions().stream().map(m -> m.getField() + ":" + m.getText()).toList()));
    assertTrue(r.mentionTotal().f1() >= 0.95, "mention F1 " + r.mentionTotal().f1());
    assertTrue(r.entityTotal().f1() >= 0.95, "entity F1 " + r.entityTotal().f1());
  }
}
