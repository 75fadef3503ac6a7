package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.kb.KbBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated KB files are what KbBuilder makes from the shared data (skips without it). */
class KbBuilderReproducibleTest {
  @Test
  void generatedFilesAreUpToDate(@TempDir Path out) throws Exception {
    Path kb = SharedData.require("kb");
    KbBuilder.main(new String[] {kb.toString(), out.toString()});
    Path shipped = Path.of("src/main/resources/kb/generated");
    for (String f : new String[] {"countries.tsv", "cities.tsv"}) {
      assertEquals(Files.readString(shipped.resolve(f)), Files.readString(out.resolve(f)), f + " is stale: re-run KbBuilder");
    }
  }
}
