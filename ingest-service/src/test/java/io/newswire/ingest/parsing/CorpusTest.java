package io.newswire.ingest.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.language.LanguageDetector;
import io.newswire.schema.ParsedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real pools in shared/data/raw (never copied into the project): every dispatch must parse, and
 * language, SPA datelines and Reuters datelines must meet their thresholds. Skipped when the data is
 * not there. Figures are printed for the record.
 */
class CorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** SPA dispatches: the end marker, or the agency code واس as a word of its own. */
  private static final Pattern SPA_CODE = Pattern.compile("(?<![\\p{IsArabic}])واس(?![\\p{IsArabic}])");

  private final DispatchParser parser = new DispatchParser();

  record Row(String id, String lang, String text) {}

  private static List<Row> pool(String name) throws IOException {
    Path p = SharedData.file("raw/" + name);
    assumeTrue(Files.isRegularFile(p), "shared data not present: " + p);
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        rows.add(new Row(n.get("id").asText(), n.get("lang").asText(), n.get("text").asText()));
      }
    }
    return rows;
  }

  private ParsedArticle parse(Row r) throws RejectedDispatchException {
    // No key and no content type: the id is derived and the format sniffed, as for an anonymous feed.
    return parser.parse(new RawDispatch(null, r.text().getBytes(StandardCharsets.UTF_8), Map.of("source", "corpus"), 0L));
  }

  private double languageAccuracy(String pool) throws Exception {
    List<Row> rows = pool(pool);
    int right = 0;
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    for (Row r : rows) {
      ParsedArticle a;
      try {
        a = parse(r);
      } catch (RejectedDispatchException e) {
        failures.add(r.id() + ": " + e);
        continue;
      }
      assertTrue(!a.getHeadline().isBlank() && !a.getParagraphs().isEmpty(), r.id());
      if (a.getLanguage().equals(r.lang())) {
        right++;
      } else if (failures.size() < 20) {
        failures.add(r.id() + " language " + a.getLanguage() + ": " + a.getHeadline());
      }
    }
    double accuracy = 100.0 * right / rows.size();
    double micros = (System.nanoTime() - started) / 1000.0 / rows.size();
    System.out.printf("corpus %s: %d dispatches, language %s right %.2f%% (%.0f µs/dispatch incl. warm-up)%n",
        pool, rows.size(), rows.get(0).lang(), accuracy, micros);
    failures.forEach(f -> System.out.println("  " + f));
    assertTrue(failures.stream().noneMatch(f -> f.contains("RejectedDispatchException")), "every dispatch parses: " + failures);
    return accuracy;
  }

  @Test
  void saudiPoolParsesAndIsArabic() throws Exception {
    assertTrue(languageAccuracy("saudinewsnet-ar.jsonl") >= 99.0);
  }

  @Test
  void farsPoolParsesAndIsPersian() throws Exception {
    assertTrue(languageAccuracy("farsnews-fa.jsonl") >= 99.0);
  }

  @Test
  void reutersPoolParsesAndIsEnglish() throws Exception {
    assertTrue(languageAccuracy("reuters21578-en.jsonl") >= 99.0);
  }

  @Test
  void bbcPoolParsesAndIsEnglish() throws Exception {
    assertTrue(languageAccuracy("bbc-en.jsonl") >= 99.0);
  }

  /** Headline-length texts: the detector alone, on each pool's first lines. */
  @Test
  void headlineLanguage() throws Exception {
    LanguageDetector detector = new LanguageDetector();
    for (String pool : List.of("saudinewsnet-ar.jsonl", "farsnews-fa.jsonl", "reuters21578-en.jsonl", "bbc-en.jsonl")) {
      List<Row> rows = pool(pool);
      int right = 0;
      List<String> wrong = new ArrayList<>();
      for (Row r : rows) {
        String headline = r.text().strip().lines().findFirst().orElse("");
        String lang = detector.detect(headline);
        if (lang.equals(r.lang())) {
          right++;
        } else if (wrong.size() < 10) {
          wrong.add(lang + ": " + headline);
        }
      }
      double pct = 100.0 * right / rows.size();
      System.out.printf("corpus %s headlines only: language right %.2f%%%n", pool, pct);
      wrong.forEach(w -> System.out.println("  " + w));
      assertTrue(pct >= 97.0, pool + " headline language " + pct);
    }
  }

  @Test
  void spaDatelinesGiveCityAndAgency() throws Exception {
    int spa = 0;
    int withCityAndAgency = 0;
    int withDate = 0;
    List<String> misses = new ArrayList<>();
    for (Row r : pool("saudinewsnet-ar.jsonl")) {
      if (!r.text().contains("// انتهى //") && !SPA_CODE.matcher(r.text()).find()) {
        continue;
      }
      spa++;
      ParsedArticle a = parse(r);
      if (a.getDateline() != null && a.getDateline().getCity() != null
          && "Saudi Press Agency".equals(a.getDateline().getAgency())) {
        withCityAndAgency++;
        if (a.getDateline().getDate() != null) {
          withDate++;
        }
      } else if (misses.size() < 15) {
        misses.add(r.id() + ": " + (a.getParagraphs().isEmpty() ? "" : a.getParagraphs().get(0)).lines().findFirst().orElse("").substring(0, Math.min(90, a.getParagraphs().get(0).length())));
      }
    }
    double pct = 100.0 * withCityAndAgency / spa;
    System.out.printf("corpus SPA: %d dispatches, dateline city+agency %.2f%%, with date %.2f%%%n", spa, pct, 100.0 * withDate / spa);
    misses.forEach(m -> System.out.println("  miss " + m));
    assertTrue(pct >= 95.0, "SPA city+agency " + pct);
  }

  @Test
  void reutersDatelinesGiveCity() throws Exception {
    List<Row> rows = pool("reuters21578-en.jsonl");
    int withCity = 0;
    List<String> misses = new ArrayList<>();
    for (Row r : rows) {
      ParsedArticle a = parse(r);
      if (a.getDateline() != null && a.getDateline().getCity() != null) {
        withCity++;
      } else if (misses.size() < 15) {
        misses.add(r.id() + ": " + a.getParagraphs().get(0).substring(0, Math.min(80, a.getParagraphs().get(0).length())));
      }
    }
    double pct = 100.0 * withCity / rows.size();
    System.out.printf("corpus Reuters: %d dispatches, dateline city %.2f%%%n", rows.size(), pct);
    misses.forEach(m -> System.out.println("  miss " + m));
    assertTrue(pct >= 95.0, "Reuters city " + pct);
  }

  @Test
  void farsDatelinesNameTheAgency() throws Exception {
    List<Row> rows = pool("farsnews-fa.jsonl");
    int fars = 0;
    int withCity = 0;
    for (Row r : rows) {
      ParsedArticle a = parse(r);
      if (a.getDateline() != null && "Fars".equals(a.getDateline().getAgency())) {
        fars++;
        if (a.getDateline().getCity() != null) {
          withCity++;
        }
      }
    }
    System.out.printf("corpus Fars: %d dispatches, dateline agency Fars %.2f%%, with city %.2f%%%n",
        rows.size(), 100.0 * fars / rows.size(), 100.0 * withCity / rows.size());
    assertEquals(rows.size(), rows.size());
    assertTrue(fars * 2 > rows.size(), "most Fars dispatches name the agency");
  }
}
