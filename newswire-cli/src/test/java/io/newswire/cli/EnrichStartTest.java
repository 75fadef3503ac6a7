package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.Enricher;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.ParseResult;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.json.PlainJson;
import io.newswire.schema.ParsedArticle;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EnrichStartTest {
  private static final List<String> SAMPLES = List.of("mehr-ar-pezeshkian-qatar.txt", "ap-en-port-reopens.txt",
      "irna-fa-rainfall.txt", "spa-ar-health-campaign.txt");

  @Test
  void theEnricherBuiltOnItsOwnThreadGivesWhatNewEnricherGives() throws Exception {
    DispatchParser parser = new DispatchParser(1 << 20);
    Enricher plain = new Enricher();
    EnrichStart start = EnrichStart.take();
    start.buildQuotes();
    for (String name : SAMPLES) {
      ParsedArticle a = parse(parser, name);
      start.prefetch(a.getLanguage()); // reads the Arabic / Persian model before the extractor is joined
      String expected = withoutTimes(PlainJson.toLine(plain.enrich(a)));
      String actual = withoutTimes(PlainJson.toLine(start.enricher().enrich(a)));
      assertTrue(expected.contains("\"entities\":[{"), name + " has entities");
      assertEquals(expected, actual, name);
    }
    assertSame(start.enricher(), start.enricher(), "one enricher per start");
  }

  @Test
  void aPersianTextWhoseNamesNeedIcuGivesWhatNewEnricherGives() throws Exception {
    // Names outside the knowledge base: keyed and romanized through ICU, which prefetch("fa") builds on
    // a thread of its own, so the worker's first use may meet that build half done.
    String text = "نشست شورای شهر تبریز برگزار شد\nخبرگزاری فارس: بهزاد کاوه‌پور، سخنگوی شورای شهر تبریز، امروز"
        + " در گفتگو با خبرنگار فارس گفت که طرح تازه‌ای برای جمع‌آوری فاضلاب در دست بررسی است. سیروس"
        + " نادری‌فر، رئیس شورا، نیز گفت این طرح تا پایان سال اجرا می‌شود.\n";
    DispatchParser parser = new DispatchParser(1 << 20);
    ParsedArticle a = parser.parseAll(new RawDispatch("fa-names", text.getBytes(StandardCharsets.UTF_8), Map.of(), 0L))
        .items().get(0).article();
    assertEquals("fa", a.getLanguage());
    EnrichStart start = EnrichStart.take();
    start.prefetch("fa");
    String actual = withoutTimes(PlainJson.toLine(start.enricher().enrich(a)));
    String expected = withoutTimes(PlainJson.toLine(new Enricher().enrich(a)));
    assertEquals(expected, actual);
    assertTrue(actual.contains("Behzad Kavehpour"), actual);
  }

  @Test
  @Timeout(60)
  void aFailingLoadSurfacesAsItsOwnErrorFromEveryWorker() {
    EnrichStart start = new EnrichStart(m -> {
      throw new IllegalStateException("kb: bad row 12");
    });
    // more tasks than the workers' window, so one fails in submit and the rest in close (suppressed)
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
      try (OrderedWorkers<Enricher> workers = new OrderedWorkers<>(2, x -> {})) {
        for (int i = 0; i < 20; i++) {
          workers.submit(start::enricher);
        }
      }
    });
    assertTrue(e.getMessage().contains("kb: bad row 12"), e.getMessage());
    assertTrue(e.getMessage().contains("knowledge base"), e.getMessage());
  }

  private static ParsedArticle parse(DispatchParser parser, String name) throws Exception {
    byte[] body;
    try (InputStream in = EnrichStartTest.class.getResourceAsStream("/samples/" + name)) {
      body = in.readAllBytes();
    }
    ParseResult r = parser.parseAll(new RawDispatch(name, body, Map.of(), 0L));
    return r.items().get(0).article();
  }

  private static String withoutTimes(String json) {
    return json.replaceAll("\"processedAt\":\"[^\"]*\"", "");
  }
}
