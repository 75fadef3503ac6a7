package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code vowel-patterns.tsv} is what {@code tools/vowel-patterns/build.py} makes from the word tables
 * it learns from ({@code romanization.tsv}, {@code name-words.tsv}, {@code name-words-wikidata.tsv}): a rebuild of
 * either generated table, or a hand row added, leaves it stale until the script is run again. Skips where the
 * script or a {@code python3} is absent (a checkout without {@code tools/}, a machine without Python).
 */
class VowelPatternsReproducibleTest {
  private static final Path SCRIPT = Path.of("../tools/vowel-patterns/build.py");
  private static final Path SHIPPED = Path.of("src/main/resources/kb/generated/vowel-patterns.tsv");

  @Test
  void generatedFileIsUpToDate(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isRegularFile(SCRIPT), "no tools/vowel-patterns/build.py beside the module");
    Path out = tmp.resolve("vowel-patterns.tsv");
    Process python;
    try {
      python = new ProcessBuilder("python3", SCRIPT.toString(), out.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (java.io.IOException noPython) {
      assumeTrue(false, "no python3 on the path");
      return;
    }
    assumeTrue(python.waitFor(5, TimeUnit.MINUTES), "the build script did not finish in 5 minutes");
    assertEquals(0, python.exitValue(), "tools/vowel-patterns/build.py failed");
    assertEquals(Files.readString(SHIPPED), Files.readString(out),
        "vowel-patterns.tsv is stale: re-run python3 tools/vowel-patterns/build.py");
  }
}
