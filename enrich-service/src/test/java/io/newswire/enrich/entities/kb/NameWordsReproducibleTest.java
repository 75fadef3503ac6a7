package io.newswire.enrich.entities.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code name-words.tsv} is what {@link NameWordsBuilder} makes from the shared dr5hn data and the
 * curated KB files as they are now: a curated row or a change of {@code CrossScriptName.key} that is not fed
 * back leaves the table stale (issue 13). The whole rebuild skips where the shared data's {@code kb} directory is
 * absent; the curated rows alone are checked everywhere. {@code vowel-patterns.tsv} is learned from this table:
 * after a rebuild, run {@code tools/vowel-patterns/build.py} too ({@code VowelPatternsReproducibleTest}).
 */
class NameWordsReproducibleTest {
  private static final Path SHIPPED = Path.of("src/main/resources/kb/generated/name-words.tsv");

  @Test
  void generatedFileIsUpToDate(@TempDir Path tmp) throws Exception {
    String dir = System.getProperty("newswire.shared.data");
    assumeTrue(dir != null, "newswire.shared.data not set");
    Path data = Path.of(dir).resolve("kb");
    assumeTrue(Files.isDirectory(data), "shared data absent: " + data);
    Path out = tmp.resolve("name-words.tsv");
    NameWordsBuilder.main(new String[] {data.toString(), "src/main/resources/kb", out.toString()});
    assertEquals(Files.readString(SHIPPED), Files.readString(out),
        "name-words.tsv is stale: re-run NameWordsBuilder (see its javadoc), then tools/vowel-patterns/build.py");
  }

  /**
   * Without the shared data (only the module's KB rows are read): every word the curated and generated KB rows
   * teach is in the shipped table, in the column of its language. Its spelling may still differ (dr5hn's pairs
   * vote too), which only the rebuild above sees; a word missing is the usual sign of a curated row added without
   * a rebuild.
   */
  @Test
  void everyWordTheKbRowsTeachIsInTheTable(@TempDir Path tmp) throws IOException {
    NameWordsBuilder b = new NameWordsBuilder();
    b.readKbTsv(Path.of("src/main/resources/kb"));
    Path out = tmp.resolve("kb-only.tsv");
    b.write(out);
    Map<String, String[]> shipped = rows(SHIPPED);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String[]> r : rows(out).entrySet()) {
      String[] have = shipped.getOrDefault(r.getKey(), new String[] {"", ""});
      for (int lang = 0; lang < 2; lang++) {
        if (!r.getValue()[lang].isEmpty() && have[lang].isEmpty()) {
          missing.add((lang == 0 ? "ar " : "fa ") + r.getKey() + " " + r.getValue()[lang]);
        }
      }
    }
    assertTrue(missing.isEmpty(), "name-words.tsv is stale, re-run NameWordsBuilder (see its javadoc), then "
        + "tools/vowel-patterns/build.py; " + missing.size() + " KB words missing, e.g. "
        + missing.subList(0, Math.min(5, missing.size())));
  }

  /** word -> {Arabic spelling, Persian spelling}, empty where the column is. */
  private static Map<String, String[]> rows(Path f) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    for (String line : Files.readAllLines(f)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      out.put(c[0], new String[] {c.length > 1 ? c[1] : "", c.length > 2 ? c[2] : ""});
    }
    return out;
  }
}
