package io.newswire.enrich.entities.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code name-words-wikidata.tsv} is what the builder makes from the pinned commit of the
 * pairs' repository, with the default thresholds. Skips unless a local clone is named by the environment
 * variable {@code NEWSWIRE_WIKIDATA_PAIRS_CLONE} (or sits at the development machine's mirror path).
 */
class WikidataNameWordsReproducibleTest {
  private static final String COMMIT = "5d5f59e561ecea45a6d3602121e1049baa7a76c3";

  @Test
  void generatedFileIsUpToDate(@TempDir Path tmp) throws Exception {
    String env = System.getenv("NEWSWIRE_WIKIDATA_PAIRS_CLONE");
    Path clone = Path.of(env != null ? env : "/work/.mirror/steveash+NETransliteration-COLING2018/repo");
    assumeTrue(Files.isDirectory(clone), "no local clone of the pairs' repository");
    Path pairs = tmp.resolve("pairs.tokens");
    Process git = new ProcessBuilder("git", "-C", clone.toString(), "show", COMMIT + ":data/wd_arabic.normalized.aligned.tokens")
        .redirectOutput(pairs.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assumeTrue(git.waitFor() == 0, "the pinned commit is not in the clone");
    Path out = tmp.resolve("name-words-wikidata.tsv");
    WikidataNameWordsBuilder.main(new String[] {pairs.toString(), out.toString()});
    assertEquals(Files.readString(Path.of("src/main/resources/kb/generated/name-words-wikidata.tsv")), Files.readString(out),
        "name-words-wikidata.tsv is stale: re-run tools/name-words-wikidata/build.sh");
  }
}
