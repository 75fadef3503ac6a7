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
}
