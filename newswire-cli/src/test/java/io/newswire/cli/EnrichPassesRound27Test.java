package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enrich --passes N} with N below 1 is a usage error, not a silent single pass. */
class EnrichPassesRound27Test {
  private static final String INPUT =
      "{\"id\":\"en-1\",\"text\":\"Ferry resumes\\nDOVER (AP) — The ferry sailed again on Tuesday, the port said.\"}\n";

  @Test
  void zeroOrNegativePassesAreRejectedBeforeAnyWork(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, INPUT);
    for (String n : new String[] {"0", "-2"}) {
      Path out = dir.resolve("out" + n + ".jsonl");
      CommandLineRunner.Run r = CommandLineRunner.run("enrich", "--in", in.toString(), "--out", out.toString(),
          "--threads", "1", "--profile-steps", "--passes", n);
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().contains("--passes must be 1 or more, not " + n), r.err());
      assertFalse(r.err().contains("step (thread CPU)"), "nothing ran: " + r.err());
      assertFalse(Files.exists(out), "nothing written");
    }
  }

  @Test
  void onePassIsAccepted(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, INPUT);
    Path out = dir.resolve("o.jsonl");
    CommandLineRunner.Run r = CommandLineRunner.run("enrich", "--in", in.toString(), "--out", out.toString(),
        "--threads", "1", "--passes", "1");
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, Files.readAllLines(out).size());
  }
}
