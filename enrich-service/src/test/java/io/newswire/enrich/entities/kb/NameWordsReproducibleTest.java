package io.newswire.enrich.entities.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code name-words.tsv} is what {@link NameWordsBuilder} makes from the shared dr5hn data and the
 * curated KB files as they are now: a curated row or a change of {@code CrossScriptName.key} that is not fed
 * back leaves the table stale (issue 13). Skips where the shared data's {@code kb} directory is absent.
 */
class NameWordsReproducibleTest {
  @Test
  void generatedFileIsUpToDate(@TempDir Path tmp) throws Exception {
    String dir = System.getProperty("newswire.shared.data");
    assumeTrue(dir != null, "newswire.shared.data not set");
    Path data = Path.of(dir).resolve("kb");
    assumeTrue(Files.isDirectory(data), "shared data absent: " + data);
    Path out = tmp.resolve("name-words.tsv");
    NameWordsBuilder.main(new String[] {data.toString(), "src/main/resources/kb", out.toString()});
    assertEquals(Files.readString(Path.of("src/main/resources/kb/generated/name-words.tsv")), Files.readString(out),
        "name-words.tsv is stale: re-run NameWordsBuilder (see its javadoc)");
  }
}
