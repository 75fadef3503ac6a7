package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code enrich FILE...} without picocli: the same command as picocli would build, or none. */
class EnrichCommandTest {

  private static EnrichCommand byPicocli(String... args) {
    CommandLine.ParseResult parsed = Newswire.commandLine().parseArgs(args);
    return (EnrichCommand) parsed.subcommand().commandSpec().userObject();
  }

  @Test
  void plainFilesMakeTheCommandPicocliMakes() {
    String[] args = {"enrich", "qna-ar-ports.txt", "dir/en floods.txt", "x"};
    EnrichCommand direct = EnrichCommand.ofPlainFiles(args);
    EnrichCommand parsed = byPicocli(args);
    assertNotNull(direct);
    assertEquals(List.of("qna-ar-ports.txt", "dir/en floods.txt", "x"), direct.files);
    assertEquals(parsed.files, direct.files);
    assertEquals(1048576, direct.maxBytes);
    assertEquals(parsed.maxBytes, direct.maxBytes);
    assertEquals(parsed.threads, direct.threads);
    assertNull(direct.out);
    assertNull(direct.jsonLines);
  }

  @Test
  void optionsStdinArgumentFilesAndOtherCommandsAreLeftToPicocli() {
    assertNull(EnrichCommand.ofPlainFiles(new String[] {"enrich"}));
    assertNull(EnrichCommand.ofPlainFiles(new String[] {"enrich", "--out", "o.jsonl", "a.txt"}));
    assertNull(EnrichCommand.ofPlainFiles(new String[] {"enrich", "a.txt", "--threads", "1"}));
    assertNull(EnrichCommand.ofPlainFiles(new String[] {"enrich", "-"}));
    assertNull(EnrichCommand.ofPlainFiles(new String[] {"enrich", "@files.txt"}));
    assertNull(EnrichCommand.ofPlainFiles(new String[] {"enrich", ""}));
    assertNull(EnrichCommand.ofPlainFiles(new String[] {"eval", "gold", "a.json"}));
    assertNull(EnrichCommand.ofPlainFiles(new String[] {}));
  }

  @Test
  void aMissingFileFailsAsUnderPicocli(@TempDir Path dir) {
    String missing = dir.resolve("missing-dispatch.txt").toString();
    CommandLineRunner.Run direct = CommandLineRunner.run("enrich", missing);
    assertEquals(1, direct.exit());
    assertTrue(direct.err().startsWith("java.nio.file.NoSuchFileException: " + missing), direct.err());
    assertEquals("", direct.out());
  }
}
