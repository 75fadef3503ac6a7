package io.newswire.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.enrich.quotes.QuoteExtractor;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The seed dispatch against its gold annotation (skipped when the shared data is absent). */
class QuoteSeedEvaluationTest {
  private static final Path DIR = GoldArticles.sharedData().resolve("seed");
  private static final Path GOLD = DIR.resolve("mehr-ar-pezeshkian-qatar.gold.json");
  private static final Path TEXT = DIR.resolve("mehr-ar-pezeshkian-qatar.txt");

  @Test
  void seedDirectQuotesAllFoundWithTheirSpeakers() throws Exception {
    assumeTrue(Files.exists(GOLD) && Files.exists(TEXT), "shared seed data absent");
    QuoteExtractor extractor = new QuoteExtractor();
    JsonNode gold = GoldArticles.readGold(GOLD);
    QuoteEvaluation.Report report = QuoteEvaluation.gold(GOLD, t -> GoldArticles.enrichWithGoldEntities(gold, t, extractor));
    System.out.println(report);
    Reports.write("seed", report.toString());

    EnrichedArticle a = GoldArticles.enrichWithGoldEntities(gold, Files.readString(TEXT), extractor);
    Map<String, Integer> bySpeaker = new TreeMap<>();
    for (Quote q : a.getQuotes()) {
      if (q.getKind() == QuoteKind.DIRECT) {
        bySpeaker.merge(q.getSpeaker() == null ? "none" : String.valueOf(q.getSpeaker().getName()), 1, Integer::sum);
      }
    }
    assertEquals(Map.of("Masoud Pezeshkian", 8, "Tamim bin Hamad Al Thani", 5), bySpeaker);
    assertEquals(1.0, report.figure("direct recall"));
    assertEquals(1.0, report.figure("direct precision"));
    assertEquals(1.0, report.figure("direct speaker accuracy"));
  }

  @Test
  void seedWithoutEntitiesStillFindsEveryQuote() throws Exception {
    assumeTrue(Files.exists(GOLD) && Files.exists(TEXT), "shared seed data absent");
    QuoteExtractor extractor = new QuoteExtractor();
    JsonNode gold = GoldArticles.readGold(GOLD);
    JsonNode noEntities = gold.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) noEntities).putArray("entities");
    QuoteEvaluation.Report report = QuoteEvaluation.gold(GOLD, t -> GoldArticles.enrichWithGoldEntities(noEntities, t, extractor));
    System.out.println(report);
    Reports.write("seed-no-entities", report.toString());
    assertEquals(1.0, report.figure("direct recall"));
    assertEquals(1.0, report.figure("direct precision"));
  }

  @Test
  void seedThroughput() throws Exception {
    assumeTrue(Files.exists(GOLD) && Files.exists(TEXT), "shared seed data absent");
    QuoteExtractor extractor = new QuoteExtractor();
    JsonNode gold = GoldArticles.readGold(GOLD);
    String text = Files.readString(TEXT);
    var parsed = GoldArticles.parse(text);
    var fields = io.newswire.enrich.ArticleFields.of(parsed);
    var entities = GoldArticles.goldEntities(gold, text, fields);
    int perDispatch = extractor.extract(fields, "ar", entities).size();
    for (int i = 0; i < 3000; i++) { // warm-up
      extractor.extract(fields, "ar", entities);
    }
    // best of five rounds: the machine is shared, the best round is the least disturbed one
    int runs = 2000;
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < runs; i++) {
        extractor.extract(fields, "ar", entities);
      }
      best = Math.min(best, (System.nanoTime() - t0) / 1e9 / runs);
    }
    String line = String.format(java.util.Locale.ROOT,
        "seed-sized dispatch: %.0f dispatches/s (%.1f µs each), %d quotes each = %.0f quotes/s, single thread, best of 5 x %d",
        1 / best, best * 1e6, perDispatch, perDispatch / best, runs);
    System.out.println(line);
    Reports.write("throughput", line);
  }
}
